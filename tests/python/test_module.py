"""The newsevents module against the command line: same records, same errors."""
import glob
import json
import os
import pickle
import shutil
import subprocess
import threading
import time

import pytest

from conftest import CLI, SHARED, SOURCE, cli_lines

import newsevents


@pytest.fixture(scope="module")
def ex():
    return newsevents.Extractor()


def gold_articles(folder):
    """(path, dct) of the .txt articles of a gold corpus folder."""
    found = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        with open(path[:-len(".txt")] + ".gold.json") as f:
            found.append((path, json.load(f)["dct"]))
    return found


def check_same_as_cli(ex, folder):
    """Every article of `folder`: the module's line equals the CLI's, byte for
    byte, and extract() is that line parsed."""
    articles = gold_articles(folder)
    assert articles, folder
    expected = {json.loads(line)["doc"]["source"]: line for line in cli_lines(folder)}
    for path, dct in articles:
        with open(path, "rb") as f:
            text = f.read()
        stem = os.path.basename(path)[:-len(".txt")]
        line = ex.extract_json(text, dct=dct, id=stem, source=path)
        assert line == expected[path], path
        record = ex.extract(text.decode("utf-8"), dct=dct, id=stem, source=path)
        assert record == json.loads(expected[path])
    return len(articles)


def test_seed_article_same_as_cli(ex):
    assert check_same_as_cli(ex, os.path.join(SOURCE, "corpora", "seed")) == 1
    path, dct = gold_articles(os.path.join(SOURCE, "corpora", "seed"))[0]
    with open(path) as f:
        record = ex.extract(f.read(), dct=dct, id="lithuania-ccm")
    assert record["status"] == "ok" and record["doc"]["id"] == "lithuania-ccm"
    assert any(e["type"] == "withdraw" and e["actor"]["code"] == "LTU" for e in record["events"])


@pytest.mark.skipif(not os.path.isdir(os.path.join(SHARED, "corpora", "dev")),
                    reason="../shared/corpora/dev is absent")
def test_dev_articles_same_as_cli(ex):
    assert check_same_as_cli(ex, os.path.join(SHARED, "corpora", "dev")) > 10


def test_extractor_is_loaded_once_and_shared(ex):
    again = newsevents.Extractor()
    assert again.version == ex.version and again.rule_count == ex.rule_count > 0
    assert os.path.isdir(ex.lexicons)
    same = newsevents.Extractor(ex.lexicons)
    assert same.version == ex.version


def generated_records(n):
    states = ["Lithuania", "France", "Peru", "Japan", "Kenya"]
    treaties = ["the Paris Agreement", "the Ottawa Treaty", "NATO", "the New START treaty"]
    verbs = ["signed", "ratified", "withdrew from", "joined"]
    return [{"id": "g%d" % i,
             "text": "%s %s %s on Monday. Officials said nothing else." % (
                 states[i % 5], verbs[i % 4], treaties[(i // 3) % 4]) + " Filler." * (i % 7),
             "date": "2024-%02d-%02d" % (1 + i % 12, 1 + i % 28)} for i in range(n)]


def test_extract_many_keeps_input_order_on_threads(ex):
    records = generated_records(600)
    one_by_one = [ex.extract(r["text"], dct=r["date"], id=r["id"]) for r in records]
    for threads in (1, 4):
        many = list(ex.extract_many(iter(records), threads=threads))
        assert [r["doc"]["id"] for r in many] == [r["id"] for r in records]
        assert many == one_by_one
    assert sum(len(r["events"]) for r in one_by_one) > 300  # the records do say things
    lines = list(ex.extract_many(records[:5], lines=True))
    assert [json.loads(line) for line in lines] == one_by_one[:5]


def test_extract_many_yields_error_records_in_place(ex):
    records = [{"id": "a", "text": "France signed the Paris Agreement."},
               {"id": "b"},
               {"id": "c", "text": "x", "date": "2025-02-30"},
               {"id": "d", "text": b"caf\xe9"},
               {"id": "e", "text": "Peru joined NATO.", "dct": "2020-01-01T10:00:00Z"}]
    out = list(ex.extract_many(records, threads=2))
    assert [r["status"] for r in out] == ["ok", "error", "error", "error", "ok"]
    assert [r["error"]["code"] for r in out if r["status"] == "error"] == [
        "bad_record", "bad_date", "invalid_utf8"]
    assert out[4]["doc"]["dct"] == "2020-01-01"
    with pytest.raises(newsevents.ExtractionError) as raised:
        list(ex.extract_many(records, errors="raise"))
    assert raised.value.code == "bad_record" and raised.value.id == "b"
    with pytest.raises(ValueError):
        ex.extract_many(records, errors="ignore")
    with pytest.raises(ValueError):
        ex.extract_many(records, threads=0)


def cli_error(tmp_path, name, content):
    """The error object of the CLI's line for one file."""
    path = tmp_path / name
    path.write_bytes(content)
    (line,) = cli_lines(str(path))
    record = json.loads(line)
    assert record["status"] == "error"
    return str(path), record["error"]


# One bad input of each kind; the file name tells the reader (.txt or .jsonl).
BAD_INPUTS = {
    "utf8.txt": b"Lithuania \xff withdrew.",
    "nul.txt": b"abc\x00def",
    "date.jsonl": b'{"id": "x", "text": "Peru joined NATO.", "date": "2025-02-30"}\n',
    "big.jsonl": b'{"id": "x", "text": "' + b"a" * (5 << 20) + b'x"}\n',
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_errors_carry_the_cli_code_and_message(ex, tmp_path, name):
    content = BAD_INPUTS[name]
    path, expected = cli_error(tmp_path, name, content)
    with pytest.raises(newsevents.ExtractionError) as raised:
        if name.endswith(".jsonl"):
            record = json.loads(content)
            list(ex.extract_many([dict(record, source=path + ":1")], errors="raise"))
        else:
            ex.extract_json(content, source=path)
    error = raised.value
    assert (error.code, error.message, error.where) == (
        expected["code"], expected["message"], expected["where"])
    assert str(error) == "%s: error: %s" % (error.where, error.message)
    # Dask sends a worker's exception to the client: it must survive pickling.
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.message, copy.where, copy.id) == (
        error.code, error.message, error.where, error.id)


def test_bad_dct_and_bad_lexicons(ex, tmp_path):
    with pytest.raises(newsevents.ExtractionError) as raised:
        ex.extract("text", dct="07/03/2025")
    assert raised.value.code == "bad_date" and "07/03/2025" in raised.value.message
    with pytest.raises(newsevents.ExtractionError) as raised:
        newsevents.Extractor(tmp_path / "none")
    assert raised.value.code == "io_error"
    # A broken rule file: the same file:line:col message as the CLI's.
    broken = tmp_path / "lexicons"
    shutil.copytree(ex.lexicons, broken)
    rules = sorted(glob.glob(str(broken / "rules" / "*.rules")))[0]
    with open(rules, "a") as f:
        f.write("\nrule broken.rule\n  pattern [[[\n")
    cli = subprocess.run([CLI, "extract", "--lexicons", str(broken), "-"], input=b"x",
                         capture_output=True)
    assert cli.returncode == 2
    with pytest.raises(newsevents.ExtractionError) as raised:
        newsevents.Extractor(str(broken))
    assert str(raised.value) == cli.stderr.decode().strip()
    assert raised.value.where.startswith(rules + ":")


def test_gil_is_released_while_extracting(ex):
    """Another Python thread runs during a long extraction: with the GIL held
    it could not run at all between the call's start and end."""
    text = " ".join(r["text"] for r in generated_records(3000))
    span = {}
    ticks = []

    def extract():
        span["start"] = time.monotonic()
        ex.extract(text, dct="2024-01-01")
        span["end"] = time.monotonic()

    worker = threading.Thread(target=extract)
    worker.start()
    while worker.is_alive():
        ticks.append(time.monotonic())
        time.sleep(0.001)
    worker.join()
    inside = [t for t in ticks if span["start"] < t < span["end"]]
    duration = span["end"] - span["start"]
    assert duration > 0.05, "the text is too short to tell"
    assert inside and inside[-1] - inside[0] > 0.5 * duration
