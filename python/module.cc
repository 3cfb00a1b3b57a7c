// The Python module `newsevents`: the extractor as Python calls it. The only
// pybind11 user. Records come back as the JSON lines of spec/output.md, the
// very bytes `newsevents extract` writes, parsed by Python's json into dicts.
#include <pybind11/eval.h>
#include <pybind11/pybind11.h>

#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extract_lines.h"
#include "lexicon_dir.h"
#include "newsevents/extractor.h"
#include "shared_extractor.h"
#include "text_checks.h"

namespace py = pybind11;

namespace newsevents {
namespace {

// ExtractionError is a plain Python class, so that it pickles (Dask sends a
// worker's exceptions to the client) and carries the error line's fields.
constexpr const char* kExtractionError = R"(
class ExtractionError(Exception):
    """An article that cannot be processed, or lexicons that cannot be loaded.

    The fields are those of the error line of spec/output.md:
      code     a short machine word: invalid_utf8, too_large, binary, bad_date,
               bad_record, internal; io_error or bad_rule for broken lexicons
      message  what went wrong, as the command line says it
      where    "file:line:col" of a broken lexicon file, or the record's source
      id       the article's id ("" when it has none)
    str(error) is "where: error: message", as the command line prints it.
    """

    def __init__(self, code, message, where="", id=""):
        super().__init__((where + ": " if where else "") + "error: " + message)
        self.code, self.message, self.where, self.id = code, message, where, id

    def __reduce__(self):
        return (type(self), (self.code, self.message, self.where, self.id))
)";

[[noreturn]] void Raise(const Status& status, const std::string& id) {
  py::object type = py::module_::import("newsevents").attr("ExtractionError");
  py::object error = type(status.code(), status.message(), status.where(), id);
  PyErr_SetObject(type.ptr(), error.ptr());
  throw py::error_already_set();
}

// The largest article accepted, as the command line's default --max-bytes.
const size_t kMaxBytes = Extractor::Options().max_bytes;

// A str, an int (ids) or None (""), as text.
std::string TextOf(py::handle value) {
  if (value.is_none()) return "";
  if (py::isinstance<py::str>(value) || py::isinstance<py::bytes>(value))
    return value.cast<std::string>();
  return py::str(value).cast<std::string>();
}

// One mapping of extract_many's input -> a job: text, id, dct (or date),
// source. A record without a text string becomes a bad_record error line.
LineJob JobOf(py::handle item) {
  LineJob job;
  if (!PyMapping_Check(item.ptr()) || py::isinstance<py::str>(item)) {
    job.error = Status::Error("bad_record",
                              std::string("expected a mapping with a 'text', found ") +
                                  Py_TYPE(item.ptr())->tp_name);
    return job;
  }
  py::object get = item.attr("get");
  job.doc.id = TextOf(get("id"));
  job.doc.source = TextOf(get("source"));
  const char* date_field = get("dct").is_none() ? "date" : "dct";
  py::object date = get(date_field);
  if (!date.is_none() && !py::isinstance<py::str>(date)) {
    job.error = Status::Error("bad_date",
                              std::string("field '") + date_field +
                                  "' must be a string YYYY-MM-DD, found " +
                                  Py_TYPE(date.ptr())->tp_name,
                              job.doc.source);
    return job;
  }
  job.error = CheckDateField(date_field, TextOf(date), &job.doc.dct);
  if (!job.error.ok()) {
    job.error = Status::Error(job.error.code(), job.error.message(), job.doc.source);
    return job;
  }
  py::object text = get("text");
  if (py::isinstance<py::str>(text) || py::isinstance<py::bytes>(text)) {
    job.doc.text = text.cast<std::string>();
    job.error = CheckText(job.doc, kMaxBytes);
    if (!job.error.ok()) job.doc.text.clear();
  } else {
    job.error = Status::Error("bad_record",
                              text.is_none() && !item.contains("text")
                                  ? "missing field 'text'"
                                  : std::string("field 'text' must be a string, found ") +
                                        Py_TYPE(text.ptr())->tp_name,
                              job.doc.source);
  }
  return job;
}

py::object ToPython(const std::string& line, bool as_line) {
  py::str text(line);
  if (as_line) return std::move(text);
  return py::module_::import("json").attr("loads")(text);
}

class PyExtractor;

// extract_many's iterator: reads a batch of records from the input (with
// the GIL), extracts it on the threads (without), hands out the results in
// input order, then reads the next batch.
class ManyIterator {
 public:
  ManyIterator(std::shared_ptr<const Extractor> extractor, py::iterator input,
               int threads, bool explain, bool raise_errors, bool as_lines)
      : extractor_(std::move(extractor)), input_(std::move(input)), threads_(threads),
        explain_(explain), raise_errors_(raise_errors), as_lines_(as_lines) {}

  py::object Next() {
    if (ready_.empty() && !exhausted_) ReadAndExtract();
    if (ready_.empty()) throw py::stop_iteration();
    LineResult result = std::move(ready_.front().second);
    const std::string id = std::move(ready_.front().first);
    ready_.pop_front();
    if (!result.status.ok() && raise_errors_) Raise(result.status, id);
    return ToPython(result.line, as_lines_);
  }

 private:
  void ReadAndExtract() {
    std::vector<LineJob> jobs;
    const size_t batch = 64 * static_cast<size_t>(threads_);
    while (jobs.size() < batch) {
      PyObject* item = PyIter_Next(input_.ptr());
      if (!item) {
        if (PyErr_Occurred()) throw py::error_already_set();
        exhausted_ = true;
        break;
      }
      jobs.push_back(JobOf(py::reinterpret_steal<py::object>(item)));
    }
    std::vector<LineResult> results;
    {
      py::gil_scoped_release unlocked;
      ExtractLines(*extractor_, jobs, threads_, explain_, &results);
    }
    for (size_t i = 0; i < jobs.size(); ++i)
      ready_.emplace_back(std::move(jobs[i].doc.id), std::move(results[i]));
  }

  std::shared_ptr<const Extractor> extractor_;
  py::iterator input_;
  int threads_;
  bool explain_, raise_errors_, as_lines_;
  bool exhausted_ = false;
  std::deque<std::pair<std::string, LineResult>> ready_;
};

class PyExtractor {
 public:
  explicit PyExtractor(const py::object& lexicons) {
    lexicon_dir_ = lexicons.is_none()
                       ? ModuleLexiconDir()
                       : py::module_::import("os").attr("fspath")(lexicons).cast<std::string>();
    Status error;
    {
      py::gil_scoped_release unlocked;
      extractor_ = SharedExtractor(lexicon_dir_, &error);
    }
    if (!extractor_) Raise(error, "");
  }

  std::string ExtractJson(const std::string& text, const py::object& dct,
                          const py::object& id, const py::object& source,
                          bool explain) const {
    LineJob job;
    job.doc.text = text;
    job.doc.id = TextOf(id);
    job.doc.source = TextOf(source);
    job.error = CheckDateField("dct", TextOf(dct), &job.doc.dct);
    if (job.error.ok()) job.error = CheckText(job.doc, kMaxBytes);
    if (!job.error.ok()) Raise(job.error, job.doc.id);
    LineResult result;
    {
      py::gil_scoped_release unlocked;
      result = ExtractLine(*extractor_, job, explain);
    }
    if (!result.status.ok()) Raise(result.status, job.doc.id);
    return result.line;
  }

  py::object Extract(const std::string& text, const py::object& dct,
                     const py::object& id, const py::object& source,
                     bool explain) const {
    return ToPython(ExtractJson(text, dct, id, source, explain), false);
  }

  ManyIterator ExtractMany(const py::object& records, int threads, bool explain,
                           const std::string& errors, bool lines) const {
    if (threads < 1) throw py::value_error("threads must be at least 1");
    if (errors != "record" && errors != "raise")
      throw py::value_error("errors must be 'record' or 'raise', not '" + errors + "'");
    return ManyIterator(extractor_, py::iter(records), threads, explain,
                        errors == "raise", lines);
  }

  const std::string& version() const { return extractor_->version(); }
  int rule_count() const { return extractor_->rule_count(); }
  const std::string& lexicons() const { return lexicon_dir_; }

 private:
  std::string lexicon_dir_;
  std::shared_ptr<const Extractor> extractor_;
};

}  // namespace
}  // namespace newsevents

PYBIND11_MODULE(newsevents, m) {
  using newsevents::ManyIterator;
  using newsevents::PyExtractor;
  m.doc() =
      "newsevents: what states and organisations do to international agreements,\n"
      "from news text: events, dates, quotes and NGO reactions.\n\n"
      "    import newsevents\n"
      "    ex = newsevents.Extractor()          # the shipped lexicons\n"
      "    rec = ex.extract(text, dct='2025-03-07', id='a1')\n"
      "    for rec in ex.extract_many(records, threads=4): ...\n\n"
      "Records are dicts shaped like the JSON lines of `newsevents extract`\n"
      "(spec/output.md). An article that cannot be processed raises\n"
      "newsevents.ExtractionError, whose .code and .message are those of the\n"
      "command line's error line. One extractor per lexicon folder is loaded per\n"
      "process and shared by all Extractor objects and threads; the GIL is\n"
      "released while it works.";
  py::exec(newsevents::kExtractionError, m.attr("__dict__"));

  m.def(
      "error_line",
      [](const std::string& id, const std::string& source, const std::string& code,
         const std::string& message, const std::string& where) {
        return newsevents::ErrorJsonLine(
            id, source, newsevents::Status::Error(code, message, where));
      },
      py::arg("id"), py::arg("source"), py::arg("code"), py::arg("message"),
      py::arg("where") = "",
      "The error line of spec/output.md for an article that failed before\n"
      "extraction (a JSONL record that is not JSON, say), byte for byte as the\n"
      "command line writes it.");

  py::class_<ManyIterator>(m, "_ManyIterator")
      .def("__iter__", [](ManyIterator& self) -> ManyIterator& { return self; })
      .def("__next__", &ManyIterator::Next);

  py::class_<PyExtractor>(m, "Extractor",
                          "The extractor, loaded from a lexicon folder.\n\n"
                          "Extractor() uses the shipped lexicons: $NEWSEVENTS_LEXICONS, else\n"
                          "lexicons/en beside the module or its parent folder, else the\n"
                          "installed share/newsevents/lexicons/en. Extractor('my/lexicons')\n"
                          "uses that folder. A broken lexicon or rule file raises\n"
                          "ExtractionError with its file:line:col in .where. Loading happens\n"
                          "once per folder per process; later Extractor objects share it.")
      .def(py::init<const py::object&>(), py::arg("lexicons") = py::none())
      .def("extract", &PyExtractor::Extract, py::arg("text"), py::arg("dct") = py::none(),
           py::arg("id") = py::none(), py::arg("source") = py::none(),
           py::arg("explain") = false,
           "Extracts one article and returns its record as a dict.\n\n"
           "text: the article (str, or UTF-8 bytes); byte offsets in the record\n"
           "index its UTF-8 bytes. dct: publication date 'YYYY-MM-DD' (or an ISO\n"
           "timestamp starting with one) against which relative dates resolve.\n"
           "id, source: stamped into record['doc']. explain: add each event\n"
           "mention's sentence text. Raises ExtractionError (invalid_utf8,\n"
           "too_large, binary, bad_date, internal) for an article that cannot be\n"
           "processed.")
      .def("extract_json", &PyExtractor::ExtractJson, py::arg("text"),
           py::arg("dct") = py::none(), py::arg("id") = py::none(),
           py::arg("source") = py::none(), py::arg("explain") = false,
           "As extract(), but returns the JSON line itself (no newline): the\n"
           "bytes `newsevents extract` writes for the same article.")
      .def("extract_many", &PyExtractor::ExtractMany, py::arg("records"),
           py::arg("threads") = 4, py::arg("explain") = false,
           py::arg("errors") = "record", py::arg("lines") = false,
           "Extracts many articles on `threads` threads; yields their records in\n"
           "input order.\n\n"
           "records: any iterable of mappings with 'text' and optionally 'id',\n"
           "'dct' (or 'date') and 'source', as the lines of a JSONL archive; it is\n"
           "read 64 x threads records at a time. errors='record' (the default)\n"
           "yields an article that fails as its error record ({'status': 'error',\n"
           "'error': {'code', 'message', 'where'}}), as the command line writes\n"
           "it, so that one bad article does not end a run; errors='raise' raises\n"
           "ExtractionError instead. lines=True yields the JSON lines (str).")
      .def_property_readonly("version", &PyExtractor::version,
                             "Content hash of the lexicons and rules; stamps every record.")
      .def_property_readonly("rule_count", &PyExtractor::rule_count,
                             "Number of rules loaded.")
      .def_property_readonly("lexicons", &PyExtractor::lexicons,
                             "The lexicon folder this extractor was loaded from.");
}
