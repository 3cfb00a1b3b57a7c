// Byte streams through zlib, and lines over them.
#include "io/byte_stream.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace newsevents {
namespace {

constexpr size_t kChunkBytes = 256 << 10;

}  // namespace

std::unique_ptr<ByteStream> ByteStream::Open(const std::string& path,
                                             Status* error) {
  errno = 0;
  gzFile gz = nullptr;
  if (path == "-") {
    int fd = dup(STDIN_FILENO);
    if (fd >= 0) gz = gzdopen(fd, "rb");
    if (gz == nullptr && fd >= 0) close(fd);
  } else {
    gz = gzopen(path.c_str(), "rb");
  }
  if (gz == nullptr) {
    *error = Status::Error("io_error", std::string("cannot open: ") +
                                           (errno != 0 ? std::strerror(errno)
                                                       : "out of memory"));
    return nullptr;
  }
  gzbuffer(gz, kChunkBytes);
  return std::unique_ptr<ByteStream>(new ByteStream(gz));
}

ByteStream::~ByteStream() { gzclose(gz_); }

long ByteStream::Read(char* buf, size_t n) {
  if (peeked_pos_ < peeked_.size()) {
    const size_t k = std::min(n, peeked_.size() - peeked_pos_);
    std::memcpy(buf, peeked_.data() + peeked_pos_, k);
    peeked_pos_ += k;
    if (peeked_pos_ == peeked_.size()) {
      peeked_.clear();
      peeked_pos_ = 0;
    }
    bytes_read_ += k;
    return static_cast<long>(k);
  }
  long got = ReadFromZlib(buf, n);
  if (got > 0) bytes_read_ += got;
  return got;
}

int ByteStream::PeekNonBlank() {
  for (size_t scan = peeked_pos_;;) {
    for (; scan < peeked_.size(); ++scan) {
      const char c = peeked_[scan];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
        return static_cast<unsigned char>(c);
    }
    const size_t old = peeked_.size();
    peeked_.resize(old + kChunkBytes);
    const long got = ReadFromZlib(&peeked_[old], kChunkBytes);
    peeked_.resize(old + (got > 0 ? got : 0));
    if (got <= 0) return -1;
  }
}

long ByteStream::ReadFromZlib(char* buf, size_t n) {
  if (!error_.ok()) return -1;
  errno = 0;
  int got =
      gzread(gz_, buf, static_cast<unsigned>(std::min<size_t>(n, INT_MAX)));
  if (got > 0) return got;
  int errnum = Z_OK;
  const char* what = gzerror(gz_, &errnum);
  if (got == 0 && errnum == Z_OK) return 0;
  if (errnum == Z_ERRNO) {
    error_ = Status::Error(
        "io_error", std::string("read error: ") + std::strerror(errno));
  } else if (errnum == Z_BUF_ERROR) {
    error_ = Status::Error("bad_gzip",
                           "truncated gzip stream (unexpected end of file)");
  } else {
    error_ =
        Status::Error("bad_gzip", std::string("corrupt gzip data: ") + what);
  }
  return -1;
}

Status ReadAll(ByteStream* in, size_t limit, std::string* out) {
  out->clear();
  for (;;) {
    size_t old = out->size();
    out->resize(old + kChunkBytes);
    long got = in->Read(&(*out)[old], kChunkBytes);
    out->resize(old + (got > 0 ? got : 0));
    if (got < 0) return in->error();
    if (got == 0) return Status::Ok();
    if (out->size() > limit) {
      out->clear();
      return Status::Error("too_large",
                           "document is larger than the limit of " +
                               std::to_string(limit) + " bytes (--max-bytes)");
    }
  }
}

LineReader::Result LineReader::Next(std::string* line) {
  if (done_) return kEnd;
  bool too_long = false;
  for (;;) {
    size_t nl = buffer_.find('\n', scan_);
    if (nl != std::string::npos) {
      ++line_number_;
      if (too_long) {
        Consume(nl + 1);
        return kTooLong;
      }
      line->assign(buffer_, pos_, nl - pos_);
      Consume(nl + 1);
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return kLine;
    }
    scan_ = buffer_.size();
    if (buffer_.size() - pos_ > limit_) {  // keep skipping to its end
      too_long = true;
      buffer_.clear();
      pos_ = scan_ = 0;
    }
    if (eof_) {
      done_ = true;
      if (buffer_.size() == pos_ && !too_long) return kEnd;
      ++line_number_;  // the last line has no "\n"
      if (too_long) return kTooLong;
      line->assign(buffer_, pos_, std::string::npos);
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return kLine;
    }
    if (pos_ > 0) {  // compact before reading more
      buffer_.erase(0, pos_);
      scan_ -= pos_;
      pos_ = 0;
    }
    size_t old = buffer_.size();
    buffer_.resize(old + kChunkBytes);
    long got = in_->Read(&buffer_[old], kChunkBytes);
    buffer_.resize(old + (got > 0 ? got : 0));
    if (got == 0) eof_ = true;
    if (got < 0) {
      done_ = true;
      return kError;
    }
  }
}

void LineReader::Consume(size_t end) {
  pos_ = scan_ = end;
  if (pos_ == buffer_.size()) {
    buffer_.clear();
    pos_ = scan_ = 0;
  }
}

}  // namespace newsevents
