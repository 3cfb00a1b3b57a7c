// Forms of English lemmas by the regular rules; see reactions/inflect.h.
#include "reactions/inflect.h"

#include <algorithm>

namespace newsevents {
namespace {

bool Vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

// Number of vowel groups: a rough count of syllables ("slam" 1, "regret" 2).
int Syllables(std::string_view w) {
  int n = 0;
  for (size_t i = 0; i < w.size(); ++i)
    if ((Vowel(w[i]) || (w[i] == 'y' && i > 0)) &&
        (i == 0 || !(Vowel(w[i - 1]) || w[i - 1] == 'y')))
      ++n;
  return n;
}

// True when `w` ends in one vowel and a consonant that doubles before a
// suffix: slam, regret, cancel (not hail, blast, show, fix).
bool DoublingEnd(std::string_view w) {
  const size_t n = w.size();
  if (n < 3) return false;
  const char c = w[n - 1], v = w[n - 2], b = w[n - 3];
  return !Vowel(c) && c != 'w' && c != 'x' && c != 'y' && Vowel(v) &&
         !Vowel(b);
}

void Push(std::vector<std::string>* out, std::string s) {
  if (std::find(out->begin(), out->end(), s) == out->end())
    out->push_back(std::move(s));
}

// The -s form of a word: bans, presses, worries, vetoes.
std::string SForm(std::string_view w) {
  std::string s(w);
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") ||
      EndsWith(w, "ch") || EndsWith(w, "sh") ||
      (EndsWith(w, "o") && w.size() > 1 && !Vowel(w[w.size() - 2])))
    return s + "es";
  if (EndsWith(w, "y") && w.size() > 1 && !Vowel(w[w.size() - 2]))
    return s.substr(0, s.size() - 1) + "ies";
  return s + "s";
}

// The stems a vowel suffix (-ed, -ing) attaches to, with its doubled
// consonant where the rules call for one.
void SuffixForms(std::string_view w, std::string_view suffix,
                 std::vector<std::string>* out) {
  std::string s(w);
  const bool ed = suffix == "ed";
  if (EndsWith(w, "ee") || EndsWith(w, "ye") || EndsWith(w, "oe")) {
    Push(out, ed ? s + "d" : s + "ing");  // agreed, agreeing
  } else if (EndsWith(w, "ie")) {
    Push(out, ed ? s + "d" : s.substr(0, s.size() - 2) + "ying");  // tied, tying
  } else if (EndsWith(w, "e")) {
    Push(out, ed ? s + "d" : s.substr(0, s.size() - 1) + "ing");  // urged, urging
  } else if (EndsWith(w, "y") && w.size() > 1 && !Vowel(w[w.size() - 2])) {
    Push(out, ed ? s.substr(0, s.size() - 1) + "ied" : s + "ing");  // worried
  } else if (DoublingEnd(w)) {
    // slammed; regretted and regreted, cancelled and canceled.
    Push(out, s + s.back() + std::string(suffix));
    if (Syllables(w) > 1) Push(out, s + std::string(suffix));
  } else {
    Push(out, s + std::string(suffix));
  }
}

// Splits `phrase` at its first space: the word that inflects and the rest
// (" out against", or "").
std::pair<std::string, std::string> FirstWord(std::string_view phrase) {
  const size_t sp = phrase.find(' ');
  if (sp == std::string_view::npos) return {std::string(phrase), ""};
  return {std::string(phrase.substr(0, sp)), std::string(phrase.substr(sp))};
}

// The other spelling of one word, or "".
std::string OtherSpelling(const std::string& w) {
  auto swap_end = [&](std::string_view from, std::string_view to) {
    return w.substr(0, w.size() - from.size()) + std::string(to);
  };
  for (const auto& [a, b] :
       {std::pair<std::string_view, std::string_view>{"isation", "ization"},
        {"isations", "izations"}, {"ise", "ize"}, {"yse", "yze"}}) {
    if (EndsWith(w, a) && w.size() > a.size() + 2) return swap_end(a, b);
    if (EndsWith(w, b) && w.size() > b.size() + 2) return swap_end(b, a);
  }
  // favour, honour, labour (not four, pour, your: too short).
  if (EndsWith(w, "our") && w.size() >= 6 && !Vowel(w[w.size() - 4]))
    return swap_end("our", "or");
  return "";
}

}  // namespace

std::vector<std::string> SpellingVariants(std::string_view phrase) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : phrase) {
    if (c == ' ') {
      words.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  words.push_back(cur);
  std::string other;
  bool changed = false;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string o = OtherSpelling(words[i]);
    changed |= !o.empty();
    if (i) other += ' ';
    other += o.empty() ? words[i] : o;
  }
  std::vector<std::string> out{std::string(phrase)};
  if (changed) out.push_back(other);
  return out;
}

std::vector<std::string> VerbForms(std::string_view lemma,
                                   const IrregularVerbs& irregular) {
  std::vector<std::string> out;
  auto [w, rest] = FirstWord(lemma);
  Push(&out, w + rest);
  Push(&out, SForm(w) + rest);
  auto irr = irregular.find(w);
  std::vector<std::string> stems;
  if (irr != irregular.end()) {
    stems = irr->second;
  } else {
    SuffixForms(w, "ed", &stems);
  }
  SuffixForms(w, "ing", &stems);
  for (const std::string& s : stems) Push(&out, s + rest);
  return out;
}

std::vector<std::string> NounForms(
    std::string_view lemma,
    const std::function<bool(std::string_view word)>& is_preposition) {
  std::vector<std::string> words;
  size_t at = 0;
  while (at <= lemma.size()) {
    size_t sp = lemma.find(' ', at);
    if (sp == std::string_view::npos) sp = lemma.size();
    words.emplace_back(lemma.substr(at, sp - at));
    at = sp + 1;
  }
  size_t head = words.size() - 1;
  for (size_t i = 1; i < words.size(); ++i)
    if (is_preposition(words[i])) {
      head = i - 1;
      break;
    }
  std::vector<std::string> out{std::string(lemma)};
  words[head] = SForm(words[head]);
  std::string plural;
  for (size_t i = 0; i < words.size(); ++i) plural += (i ? " " : "") + words[i];
  Push(&out, plural);
  return out;
}

std::vector<std::string> AdjectiveForms(std::string_view lemma) {
  std::string a(lemma);
  std::vector<std::string> out{a};
  if (a.find(' ') != std::string::npos || a.find('-') != std::string::npos)
    return out;  // "long overdue", "short-sighted": no adverb
  std::string ly;
  if (EndsWith(a, "le") && a.size() > 3) {
    ly = a.substr(0, a.size() - 1) + "y";  // deplorably
  } else if (EndsWith(a, "ic")) {
    ly = a + "ally";  // catastrophically
  } else if (EndsWith(a, "y") && a.size() > 2 && !Vowel(a[a.size() - 2])) {
    ly = a.substr(0, a.size() - 1) + "ily";  // happily
  } else if (EndsWith(a, "ll")) {
    ly = a + "y";  // fully
  } else {
    ly = a + "ly";  // unfairly
  }
  Push(&out, ly);
  return out;
}

}  // namespace newsevents
