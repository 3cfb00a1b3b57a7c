// Helpers shared by the speaker_*.cc files; not part of any public API.
#ifndef NEWSEVENTS_SPEAKER_INTERNAL_H_
#define NEWSEVENTS_SPEAKER_INTERNAL_H_

#include "speaker/speaker.h"

namespace newsevents {

inline bool IsComma(const QToken& t) {
  return t.punct() && t.key == FoldKey(",");
}

}  // namespace newsevents

#endif  // NEWSEVENTS_SPEAKER_INTERNAL_H_
