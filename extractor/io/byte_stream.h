// Byte streams and lines: files or standard input, gzip or plain, read in
// chunks so that neither a huge article nor a huge JSONL file is held twice.
// zlib is used only here.
#ifndef NEWSEVENTS_IO_BYTE_STREAM_H_
#define NEWSEVENTS_IO_BYTE_STREAM_H_

#include <cstddef>
#include <memory>
#include <string>

#include "newsevents/status.h"

typedef struct gzFile_s* gzFile;

namespace newsevents {

// A byte stream from a file or standard input, through zlib (which passes
// plain files through unchanged).
class ByteStream {
 public:
  // Opens `path` ("-" is standard input). On failure returns null and sets
  // `*error` (code io_error, no where).
  static std::unique_ptr<ByteStream> Open(const std::string& path,
                                          Status* error);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Reads up to `n` bytes into `buf`. Returns the count, 0 at the end of the
  // data, or -1 on error, and then error() says why (io_error or bad_gzip).
  // A truncated gzip stream yields all the bytes before the break, then the
  // error.
  long Read(char* buf, size_t n);
  const Status& error() const { return error_; }

  // The first byte of the (decompressed) data that is not a space, tab, CR or
  // LF, or -1 when there is none (end of data or an error). The bytes read to
  // find it are kept and returned by Read() first, so nothing is lost; only
  // that blank prefix is held.
  int PeekNonBlank();

  // Bytes returned by Read() so far (after decompression).
  size_t bytes_read() const { return bytes_read_; }

 private:
  explicit ByteStream(gzFile gz) : gz_(gz) {}
  long ReadFromZlib(char* buf, size_t n);

  gzFile gz_;
  Status error_;
  std::string peeked_;  // read by PeekNonBlank(), not yet returned by Read()
  size_t peeked_pos_ = 0;
  size_t bytes_read_ = 0;
};

// Reads a whole stream into `*out`. Returns too_large (without reading the
// rest) once it has more than `limit` bytes.
Status ReadAll(ByteStream* in, size_t limit, std::string* out);

// Splits a stream into lines, without holding more than one line (at most
// `limit` bytes plus one chunk) in memory.
class LineReader {
 public:
  enum Result { kLine, kTooLong, kEnd, kError };
  LineReader(std::unique_ptr<ByteStream> in, size_t limit)
      : in_(std::move(in)), limit_(limit) {}

  // Returns kLine with the next line in `*line` (without "\n" or "\r\n");
  // kTooLong for a line over the limit, which is skipped; kEnd at the end;
  // kError on a read error (see error()), after which it returns kEnd.
  Result Next(std::string* line);

  // The number of the line last returned, or of the line a read error hit.
  size_t line_number() const {
    return done_ && !eof_ ? line_number_ + 1 : line_number_;
  }
  const Status& error() const { return in_->error(); }
  size_t bytes_read() const { return in_->bytes_read(); }

 private:
  void Consume(size_t end);

  std::unique_ptr<ByteStream> in_;
  size_t limit_;
  std::string buffer_;
  size_t pos_ = 0;   // start of the unread data in buffer_
  size_t scan_ = 0;  // buffer_[pos_, scan_) holds no "\n"
  size_t line_number_ = 0;
  bool eof_ = false, done_ = false;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_IO_BYTE_STREAM_H_
