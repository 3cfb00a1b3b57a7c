// The progress line and the summary.
#include "cli/progress.h"

#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "base/strings.h"

namespace newsevents {
namespace {

constexpr auto kRedraw = std::chrono::milliseconds(250);

std::string Fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

// "1:02:03" for 3723 seconds.
std::string Clock(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  return buf;
}

const char* SignalName(int signal) {
  switch (signal) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    default: return "signal";
  }
}

}  // namespace

size_t TotalInputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  size_t total = 0;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-" || EndsWith(input, ".gz") || !fs::is_regular_file(input, ec))
      return 0;
    const auto size = fs::file_size(input, ec);
    if (ec) return 0;
    total += size;
  }
  return total;
}

Progress::Progress(bool live, size_t total_bytes)
    : live_(live),
      total_bytes_(total_bytes),
      started_(std::chrono::steady_clock::now()),
      drawn_(started_) {}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                       started_).count();
}

void Progress::Update(const RunCounts& counts) {
  if (!live_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - drawn_ < kRedraw) return;
  drawn_ = now;
  Draw(counts);
}

void Progress::Draw(const RunCounts& counts) {
  const double seconds = std::max(Seconds(), 1e-9);
  const double mb = counts.bytes / 1e6;
  std::string line = std::to_string(counts.articles) + " articles  " +
                     Fixed(mb, 1) + " MB  " +
                     Fixed(counts.articles / seconds, 0) + " articles/s  " +
                     Fixed(mb / seconds, 2) + " MB/s  " +
                     std::to_string(counts.errors) + " errors";
  if (counts.skipped > 0) line += "  " + std::to_string(counts.skipped) + " skipped";
  if (total_bytes_ > 0 && counts.bytes > 0) {
    const double left =
        counts.bytes >= total_bytes_ ? 0.0 : double(total_bytes_ - counts.bytes);
    line += "  ETA " + Clock(left * seconds / counts.bytes);
  }
  const size_t width = line.size();
  // Pad over what is left of a longer previous line.
  if (width < drawn_width_) line.append(drawn_width_ - width, ' ');
  drawn_width_ = width;
  std::cerr << "\r" << line << std::flush;
}

void Progress::Clear() {
  if (drawn_width_ == 0) return;
  std::cerr << "\r" << std::string(drawn_width_, ' ') << "\r";
  drawn_width_ = 0;
}

void Progress::Message(const std::string& line) {
  Clear();
  std::cerr << line << "\n";
}

std::string Progress::Summary(const RunCounts& counts, int signal) const {
  const double seconds = Seconds();
  const double mb = counts.bytes / 1e6;
  std::string s = "newsevents: summary articles=" + std::to_string(counts.articles) +
                  " events=" + std::to_string(counts.events) +
                  " errors=" + std::to_string(counts.errors) +
                  " skipped=" + std::to_string(counts.skipped) +
                  " seconds=" + Fixed(seconds, 2) + " mb=" + Fixed(mb, 2) +
                  " mb_per_s=" + Fixed(mb / std::max(seconds, 1e-9), 2);
  if (signal != 0) s += std::string(" interrupted=") + SignalName(signal);
  return s;
}

void Progress::Finish(const RunCounts& counts, int signal) {
  if (live_) {
    Draw(counts);  // the final figures, so that a short run shows one line too
    Clear();
  }
  std::cerr << Summary(counts, signal) << "\n";
}

}  // namespace newsevents
