// A signal handler that records the signal in a lock-free atomic.
#include "cli/interrupt.h"

#include <signal.h>

#include <atomic>

namespace newsevents {
namespace {

std::atomic<int> received{0};
static_assert(std::atomic<int>::is_always_lock_free,
              "the handler may only touch a lock-free atomic");

void Record(int signal) { received.store(signal); }

}  // namespace

void CatchInterrupts() {
  struct sigaction action = {};
  action.sa_handler = Record;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART | SA_RESETHAND;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int InterruptSignal() { return received.load(); }

}  // namespace newsevents
