"""The rows a newsevents database must hold for some JSON lines, derived from
spec/output.md on their own (not from the C++ loader), so that tests can
compare every table with the JSON it was loaded from.

The schema as the README documents it: table -> columns, with a type letter
(t text, i integer, r real) for comparing values that each database prints
its own way. documents.loaded_at is left out (a timestamp).
"""

import collections
import json

SCHEMA = {
    "documents": "id source dct status error_code error_message error_where "
                 "extractor_version bytes:i sentences:i tokens:i content_hash",
    "entities": "id:i kind name code",
    "document_entities": "doc_id id entity_id:i",
    "entity_mentions": "doc_id entity_ref ordinal:i start_byte:i end_byte:i text",
    "events": "doc_id id type modality actor_id:i actor_organ actor_start:i "
              "actor_end:i actor_text treaty_id:i treaty_start:i treaty_end:i "
              "treaty_text date_value date_start:i date_end:i date_text "
              "trigger_start:i trigger_end:i trigger_text rule confidence:r",
    "event_mentions": "doc_id event_id ordinal:i sentence_start:i sentence_end:i "
                      "trigger_start:i trigger_end:i trigger_text rule sentence_text",
    "event_officials": "doc_id event_id ordinal:i name",
    "quotes": "doc_id id kind text start_byte:i end_byte:i speaker_name "
              "speaker_title speaker_affiliation speaker_kind speaker_start:i "
              "speaker_end:i speaker_text cue_start:i cue_end:i cue_text rule",
    "reactions": "doc_id id org_id:i org_start:i org_end:i org_text stance event_id "
                 "target_start:i target_end:i target_text cue_start:i cue_end:i "
                 "cue_text rule",
    "event_reactions": "doc_id event_id reaction_id",
    "reaction_quotes": "doc_id reaction_id quote_id",
    "timexes": "doc_id ordinal:i type value mod start_byte:i end_byte:i text anchor rule",
    "document_warnings": "doc_id ordinal:i message",
}
COLUMNS = {t: [c.split(":")[0] for c in spec.split()] for t, spec in SCHEMA.items()}
TYPES = {t: [(c.split(":") + ["t"])[1] for c in spec.split()] for t, spec in SCHEMA.items()}


def fnv1a(data, h=0xCBF29CE484222325):
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def entity_id(kind, name):
    return fnv1a(kind.encode() + b"\x1f" + name.encode()) >> 1


def content_hash(line):
    return "%016x" % fnv1a(line.encode())


def typed(table, row):
    out = []
    for v, t in zip(row, TYPES[table]):
        if v is None:
            out.append(None)
        elif t == "i":
            out.append(int(v))
        elif t == "r":
            out.append(float(v))
        else:
            out.append(str(v))
    return tuple(out)


# ---------------------------------------------------------------------------
# What the database must hold for some JSON lines (spec/output.md).

def span(m):
    if m is None:
        return (None, None, None)
    return (m["start"], m["end"], m["text"])


def nonempty(x):
    return x if x else None


def expected_rows(lines):
    """lines: JSON lines in load order. Returns table -> Counter of rows."""
    docs = collections.OrderedDict()  # id -> (rows by table, entities)
    codes = {}  # entity id -> (kind, name, code): first code known wins
    for line in lines:
        r = json.loads(line)
        doc = r["doc"]
        d = doc["id"]
        rows = collections.defaultdict(list)
        entities = []
        def ent(kind, name, code=None):
            i = entity_id(kind, name)
            entities.append((i, kind, name, nonempty(code)))
            return i
        if r["status"] == "ok":
            rows["documents"].append((d, doc["source"], doc.get("dct"), "ok", None, None,
                                      None, r.get("version"), doc.get("bytes"),
                                      doc.get("sentences"), doc.get("tokens"),
                                      content_hash(line)))
            for e in r["events"]:
                a, t = e["actor"], e["treaty"]
                date = e.get("date")
                rows["events"].append(
                    (d, e["id"], e["type"], e["modality"],
                     ent(a["kind"], a["name"], a.get("code")), nonempty(a.get("organ")))
                    + span(a["mention"]) + (ent("treaty", t["name"], t.get("id")),)
                    + span(t["mention"])
                    + ((date["value"],) + span(date["mention"]) if date else (None,) * 4)
                    + span(e["trigger"]) + (e["rule"], e["confidence"]))
                for k, m in enumerate(e["mentions"], 1):
                    rows["event_mentions"].append(
                        (d, e["id"], k, m["sentence"][0], m["sentence"][1])
                        + span(m["trigger"]) + (m["rule"], m.get("sentence_text")))
                for k, name in enumerate(e["officials"], 1):
                    rows["event_officials"].append((d, e["id"], k, name))
                for x in e["reactions"]:
                    rows["event_reactions"].append((d, e["id"], x))
            for q in r["quotes"]:
                s = q["speaker"]
                rows["quotes"].append(
                    (d, q["id"], q["kind"], q["text"], q["mention"]["start"],
                     q["mention"]["end"], s["name"], nonempty(s.get("title")),
                     nonempty(s.get("affiliation")), s["kind"])
                    + span(s.get("mention")) + span(q.get("cue")) + (q["rule"],))
            for x in r["reactions"]:
                o = x["org"]
                rows["reactions"].append(
                    (d, x["id"], ent(o["kind"], o["name"], o.get("code")))
                    + span(o["mention"]) + (x["stance"], x["event"])
                    + span(x.get("target")) + span(x.get("cue")) + (x["rule"],))
                for q in x["quotes"]:
                    rows["reaction_quotes"].append((d, x["id"], q))
            for k, t in enumerate(r["timexes"], 1):
                rows["timexes"].append((d, k, t["type"], t["value"], nonempty(t.get("mod")))
                                       + span(t["mention"]) + (t.get("anchor"), t.get("rule")))
            for e in r["entities"]:
                rows["document_entities"].append(
                    (d, e["id"], ent(e["kind"], e["name"], e.get("code"))))
                for k, m in enumerate(e["mentions"], 1):
                    rows["entity_mentions"].append((d, e["id"], k) + span(m))
            for k, w in enumerate(r.get("warnings", []), 1):
                rows["document_warnings"].append((d, k, w))
        else:
            err = r["error"]
            rows["documents"].append((d, doc.get("source", ""), None, "error", err["code"],
                                      err.get("message"), err.get("where"), None, None,
                                      None, None, content_hash(line)))
        if d in docs and docs[d][2] == content_hash(line):
            continue  # the same record again: nothing changes
        docs[d] = (rows, entities, content_hash(line))
        for i, kind, name, code in entities:
            known = codes.get(i)
            if known is None or (known[3] is None and code is not None):
                codes[i] = (i, kind, name, code)
    out = {t: collections.Counter() for t in SCHEMA}
    for rows, _, _ in docs.values():
        for t, rs in rows.items():
            out[t].update(typed(t, r) for r in rs)
    out["entities"].update(typed("entities", r) for r in codes.values())
    return out


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]
