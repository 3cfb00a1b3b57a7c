// Deadline: the time budget of one Extract() call. Made when the call starts,
// held on its stack, and asked at coarse points (between stages, once per
// sentence of the event rules), never per token: a check is one read of the
// monotonic clock. Cooperative: a stage that is running is not interrupted,
// so an article overruns its budget by at most one stage's or one
// sentence's work. Not shared between threads.
#ifndef NEWSEVENTS_BASE_DEADLINE_H_
#define NEWSEVENTS_BASE_DEADLINE_H_

#include <chrono>
#include <cstdint>

namespace newsevents {

class Deadline {
 public:
  // `budget_ms` from now; 0 (or less) means no deadline.
  explicit Deadline(int64_t budget_ms)
      : none_(budget_ms <= 0),
        at_(std::chrono::steady_clock::now() + std::chrono::milliseconds(budget_ms)) {}

  // Returns true once the budget is spent.
  bool Passed() const { return !none_ && std::chrono::steady_clock::now() >= at_; }

 private:
  bool none_;
  std::chrono::steady_clock::time_point at_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_BASE_DEADLINE_H_
