// U64Map: an open-addressing hash map from 64-bit keys to ints, for the
// lookups done once per token (word-list keys, trie edges), where
// std::unordered_map's node per entry and modulo cost more than the work.
// Built once, then read-only: safe to share between threads for lookups.
#ifndef NEWSEVENTS_BASE_U64_MAP_H_
#define NEWSEVENTS_BASE_U64_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newsevents {

class U64Map {
 public:
  // Returns the value of `key`, or -1 when absent.
  int Find(uint64_t key) const {
    if (slots_.empty()) return -1;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value < 0) return -1;
      if (s.key == key) return s.value;
    }
  }
  bool Has(uint64_t key) const { return Find(key) >= 0; }
  // Sets `key` to `value` (>= 0), replacing what it held.
  void Set(uint64_t key, int value) {
    if (2 * (count_ + 1) > slots_.size()) Grow();
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.value < 0) ++count_;
      if (s.value < 0 || s.key == key) {
        s.key = key;
        s.value = value;
        return;
      }
    }
  }
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }

 private:
  struct Slot {
    uint64_t key = 0;
    int value = -1;  // -1: empty
  };
  // Fibonacci hashing: the high bits of key * 2^64/phi spread any keys.
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }
  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    const size_t n = old.empty() ? 16 : 2 * old.size();
    slots_.assign(n, Slot());
    mask_ = n - 1;
    shift_ = 64;
    for (size_t k = n; k > 1; k >>= 1) --shift_;
    count_ = 0;
    for (const Slot& s : old)
      if (s.value >= 0) Set(s.key, s.value);
  }

  std::vector<Slot> slots_;
  size_t count_ = 0, mask_ = 0;
  int shift_ = 64;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_BASE_U64_MAP_H_
