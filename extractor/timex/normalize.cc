// NormalizeTimex: fills type, span and mod of a rule match and hands it to
// the rule's value function (timex/date_value.cc, timex/relative_value.cc).
#include "timex/normalize.h"

#include "timex/fields.h"

namespace newsevents {
namespace {

const char* const kFunctions[] = {"literal", "date",     "relative", "ago",
                                  "ahead",   "duration", "set",      "shift",
                                  "same",    "none"};

}  // namespace

bool IsTimexFunction(const std::string& name) {
  for (const char* f : kFunctions)
    if (name == f) return true;
  return false;
}

std::string TimexFunctionNames() {
  std::string out;
  for (const char* f : kFunctions)
    out += (out.empty() ? "" : ", ") + std::string(f);
  return out;
}

bool NormalizeTimex(const TimexGrammar& g, const TimexValueSpec& spec,
                    const TimexMatch& m, const TimexContext& c, Timex* out) {
  timex::TimexFields f(g, spec, m);
  out->type = m.rule->type;
  out->rule = m.rule->id;
  out->anchor.clear();
  out->mention = Mention{m.groups[0].start, m.groups[0].end};
  if (f.Has("span")) {
    const Span s = f.SpanOf("span");
    out->mention = Mention{s.start, s.end};
  }
  if (f.Has("type")) out->type = f.Raw("type");
  // The rule's `mod` line: a literal, or $group read through its table.
  out->mod.clear();
  const std::string& mod = m.rule->mod;
  if (!mod.empty() && mod[0] == '$') {
    const auto& names = m.rule->regex->group_names();
    for (size_t i = 1; i < names.size(); ++i)
      if (names[i] == mod.substr(1) && m.groups[i].matched()) {
        const Span s = m.groups[i];
        out->mod = g.Lookup(m.rule->group_table[i],
                            m.text.substr(s.start, s.end - s.start));
      }
  } else {
    out->mod = mod;
  }
  const std::string& fn = spec.function;
  if (fn == "literal") {
    out->value = f.Value("value");
    return !out->value.empty();
  }
  if (fn == "date") return timex::DateValue(g, f, c, out);
  if (fn == "relative") return timex::RelativeValue(g, f, c, 0, out);
  if (fn == "ago") return timex::RelativeValue(g, f, c, -1, out);
  if (fn == "ahead") return timex::RelativeValue(g, f, c, 1, out);
  if (fn == "duration") return timex::DurationValue(g, f, out);
  if (fn == "set") return timex::SetValue(g, f, out);
  if (fn == "shift") return timex::ShiftValue(g, f, c, out);
  if (fn == "same") return timex::SameValue(g, f, c, out);
  return false;
}

}  // namespace newsevents
