// Status: success, or an error with a code, a message and where it happened.
// Leveldb-sized on purpose: ok(), code(), message(), where().
#ifndef NEWSEVENTS_STATUS_H_
#define NEWSEVENTS_STATUS_H_

#include <string>
#include <utility>

namespace newsevents {

class Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  // `code` is a short machine word (invalid_utf8, bad_rule, io_error, ...);
  // `where` is "file:line:col", "file:line" or a record name, or empty.
  static Status Error(std::string code, std::string message,
                      std::string where = "") {
    Status s;
    s.code_ = std::move(code);
    s.message_ = std::move(message);
    s.where_ = std::move(where);
    return s;
  }

  bool ok() const { return code_.empty(); }
  const std::string& code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& where() const { return where_; }

  // GNU style: "where: error: message", or "error: message".
  std::string ToString() const {
    if (ok()) return "ok";
    return (where_.empty() ? "" : where_ + ": ") + "error: " + message_;
  }

 private:
  std::string code_, message_, where_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_STATUS_H_
