// The manifest, cutting a half-written last line, an earlier output's ids.
#include "cli/resume.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

#include <nlohmann/json.hpp>

namespace newsevents {
namespace {

using nlohmann::json;

// `id` as the output writes it (invalid UTF-8 replaced), so that a file name
// that is not UTF-8 still matches its output line.
std::string Encoded(const std::string& id) {
  return json(id).dump(-1, ' ', false, json::error_handler_t::replace);
}

Status IoError(const std::string& path, const std::string& what) {
  return Status::Error("io_error", what + ": " + std::strerror(errno), path);
}

}  // namespace

std::string ManifestLine(const ManifestEntry& entry) {
  // Keys in this order, as documented: id first.
  return "{\"id\":" + Encoded(entry.id) + ",\"source\":" + Encoded(entry.source) +
         ",\"record\":" + std::to_string(entry.record) + "}";
}

Status ReadManifest(const std::string& path, std::unordered_set<std::string>* ids,
                    uint64_t* whole_bytes) {
  *whole_bytes = 0;
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return Status::Ok();
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path, "cannot read the manifest");
  std::string line;
  for (uint64_t n = 1; std::getline(in, line); ++n) {
    if (in.eof()) break;  // no newline after it: cut short by a crash
    *whole_bytes += line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string())
      return Status::Error("bad_manifest",
                           "not a manifest line (a JSON object with a string \"id\")",
                           path + ":" + std::to_string(n));
    ids->insert(j["id"].get<std::string>());
  }
  if (in.bad()) return IoError(path, "cannot read the manifest");
  return Status::Ok();
}

Status CutHalfLine(const std::string& path, uint64_t* size) {
  *size = 0;
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return Status::Ok();
  const uint64_t end = std::filesystem::file_size(path, error);
  if (error) return Status::Error("io_error", error.message(), path);
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path, "cannot read");
  // Back from the end, a chunk at a time, to the last newline.
  std::vector<char> chunk(64 << 10);
  uint64_t keep = 0, pos = end;
  while (pos > 0) {
    const uint64_t n = std::min<uint64_t>(pos, chunk.size());
    pos -= n;
    in.seekg(static_cast<std::streamoff>(pos));
    if (!in.read(chunk.data(), static_cast<std::streamsize>(n)))
      return IoError(path, "cannot read");
    const auto it = std::find(std::make_reverse_iterator(chunk.begin() + n),
                              chunk.rend(), '\n');
    if (it != chunk.rend()) {
      keep = pos + static_cast<uint64_t>(chunk.rend() - it);
      break;
    }
  }
  if (keep != end) {
    std::filesystem::resize_file(path, keep, error);
    if (error) return Status::Error("io_error", "cannot cut: " + error.message(), path);
  }
  *size = keep;
  return Status::Ok();
}

Status OutputPrefix::Open(const std::string& path, uint64_t bytes) {
  path_ = path;
  left_ = bytes;
  if (bytes == 0) return Status::Ok();
  in_.open(path, std::ios::binary);
  if (!in_) return IoError(path, "cannot read");
  return Status::Ok();
}

Status OutputPrefix::Match(const std::string& id) {
  ++line_;
  const std::string where = path_ + ":" + std::to_string(line_);
  if (!std::getline(in_, buffer_)) {
    left_ = 0;
    return Status::Error("io_error", "cannot read the line", where);
  }
  left_ -= std::min<uint64_t>(left_, buffer_.size() + 1);
  const json j = json::parse(buffer_, nullptr, /*allow_exceptions=*/false);
  const json* got = nullptr;
  if (j.is_object() && j.contains("doc") && j["doc"].is_object() &&
      j["doc"].contains("id") && j["doc"]["id"].is_string())
    got = &j["doc"]["id"];
  if (!got)
    return Status::Error("resume_mismatch",
                         "not a record of newsevents extract; --resume appends "
                         "only to a file that extract wrote",
                         where);
  const std::string want = Encoded(id), have = got->dump();
  if (want != have)
    return Status::Error("resume_mismatch",
                         "holds article " + have + " where the inputs give " + want +
                             "; --resume needs the inputs of the run that wrote "
                             "the file, in the same order",
                         where);
  return Status::Ok();
}

}  // namespace newsevents
