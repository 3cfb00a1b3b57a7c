// Stopping a run cleanly on SIGINT or SIGTERM.
//
//   CatchInterrupts();
//   while (!Interrupted() && reader.Next(&item)) ...
//   return InterruptSignal() ? 128 + InterruptSignal() : 0;   // 130, 143
//
// The handler only records the signal: the run notices it between articles,
// stops reading, lets the worker threads finish the article each one is on,
// writes every finished record whole and prints its summary. The handler is
// installed with SA_RESETHAND, so a second Ctrl-C kills the process at once
// (for a run that must not wait), and with SA_RESTART, so that no write is
// cut short by the signal. A read blocked on an idle pipe waits for data or
// the end of the pipe before the run can stop.
#ifndef NEWSEVENTS_CLI_INTERRUPT_H_
#define NEWSEVENTS_CLI_INTERRUPT_H_

namespace newsevents {

// Installs the handler for SIGINT and SIGTERM.
void CatchInterrupts();

// The signal received (SIGINT or SIGTERM), or 0. Safe from any thread.
int InterruptSignal();
inline bool Interrupted() { return InterruptSignal() != 0; }

}  // namespace newsevents

#endif  // NEWSEVENTS_CLI_INTERRUPT_H_
