"""Inputs of the tests: a generated corpus of articles made of sentences the
extractor reads, with error records and awkward bytes; and a small world of
hand-made records on which the README's queries have known answers."""

import json
import random

STATES = [("Lithuania", "Lithuanian"), ("Poland", "Polish"), ("Estonia", "Estonian"),
          ("Finland", "Finnish"), ("Latvia", "Latvian"), ("Russia", "Russian"),
          ("Japan", "Japanese"), ("Chile", "Chilean"), ("Kenya", "Kenyan"),
          ("Brazil", "Brazilian"), ("France", "French"), ("Canada", "Canadian")]
TREATIES = ["Convention on Cluster Munitions", "Ottawa Treaty", "Arms Trade Treaty",
            "Comprehensive Nuclear-Test-Ban Treaty", "Kyoto Protocol", "Paris Agreement",
            "Treaty on the Non-Proliferation of Nuclear Weapons",
            "Intermediate-Range Nuclear Forces Treaty"]
NGOS = ["Amnesty International", "Human Rights Watch", "Greenpeace",
        "Arms Control Association", "International Campaign to Abolish Nuclear Weapons"]
OFFICIALS = [("Foreign Minister", "Anna Berg"), ("Defence Minister", "Jonas Varga"),
             ("Prime Minister", "Maria Lopes"), ("President", "Tomas Reyes")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
SENTENCES = [
    "{S} has officially withdrawn from the {T}, the government said on {W}.",
    "The {A} parliament voted to leave the {T} last {M}.",
    "{S} signed the {T} in {Y}.",
    "{S} ratified the {T} on {D} {M} {Y}.",
    "{S} is considering an exit from the {T}.",
    "{S} announced on {W} that it would suspend its participation in the {T}.",
    "{S}\u2019s {title}, {name}, said: \u201cWe will not stay in a treaty that others "
    "ignore,\u201d adding that the decision was final.",
    "{name} told reporters that {S} would respect its obligations.",
    "{N} called the decision \u201cdisastrous\u201d and urged {S} to reconsider.",
    "{N} welcomed the move.",
    "{N} said the withdrawal was alarming.",
    "Markets in the capital were calm on {W}, and the weather was mild.",
    "Officials met again in {M} {Y} to discuss the matter.",
    # Bytes that need escaping on their way into a database.
    "A statement quoted a path, C:\\new\\treaty\\text, and a tab\there.",
    "Caf\u00e9 owners in Z\u00fcrich \U0001F600 and \u4e2d\u6587 readers followed the news.",
]


def make_corpus(n, seed, bad=True):
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        s, adj = rng.choice(STATES)
        title, name = rng.choice(OFFICIALS)
        words = dict(S=s, A=adj, T=rng.choice(TREATIES), N=rng.choice(NGOS),
                     W=rng.choice(WEEKDAYS), M=rng.choice(MONTHS),
                     Y=rng.randint(1990, 2025), D=rng.randint(1, 28), title=title, name=name)
        sentences = [rng.choice(SENTENCES).format(**words) for _ in range(rng.randint(3, 9))]
        text = "".join(x + rng.choice([" ", "\n", "\r\n", "\n\n"]) for x in sentences)
        date = "%d-%02d-%02d" % (rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28))
        lines.append(json.dumps({"id": "gen-%05d" % i, "date": date, "text": text},
                                ensure_ascii=rng.random() < 0.5))
    if bad:
        lines += [
            json.dumps({"id": "gen-bad-date", "date": "31-12-2021", "text": "Chile signed."}),
            json.dumps({"id": "gen-no-text", "date": "2021-01-01"}),
            "[1, 2, 3]",
            json.dumps({"id": "gen-binary", "text": "abc\u0000\u0001\u0002def"}),
            json.dumps({"id": "gen-dup", "date": "2020-01-01",
                        "text": "Poland has officially withdrawn from the Ottawa Treaty."}),
            json.dumps({"id": "gen-dup", "date": "2020-01-01",
                        "text": "Estonia signed the Arms Trade Treaty in 2014."}),
        ]
    return "\n".join(lines) + "\n"


def record(doc_id, dct, text, events=(), quotes=(), reactions=(), status="ok"):
    def b(i):  # code point offset -> UTF-8 byte offset
        return len(text[:i].encode())
    def m(words):
        start = text.index(words)
        return {"text": words, "start": b(start), "end": b(start + len(words))}
    def sentence(words):
        s = text.rfind(". ", 0, text.index(words))
        e = text.find(".", text.index(words))
        return [b(0 if s < 0 else s + 2), b(e + 1)]
    evs = []
    for i, (typ, modality, actor, code, treaty, tcode, trigger, date, officials, rs) in \
            enumerate(events, 1):
        ev = {"id": "e%d" % i, "type": typ, "modality": modality,
              "actor": {"name": actor, "kind": "state", "code": code, "mention": m(actor)},
              "treaty": {"name": treaty, "id": tcode, "mention": m(treaty)}}
        if date:
            ev["date"] = {"value": date[0], "mention": m(date[1])}
        ev.update({"trigger": m(trigger), "officials": list(officials), "reactions": list(rs),
                   "mentions": [{"sentence": sentence(trigger), "trigger": m(trigger),
                                 "rule": typ + ".active"}],
                   "rule": typ + ".active", "confidence": 0.8})
        evs.append(ev)
    qs = []
    for i, (words, name, title) in enumerate(quotes, 1):
        qs.append({"id": "q%d" % i, "kind": "direct", "text": words, "mention": m(words),
                   "speaker": {"name": name, "title": title, "kind": "official",
                               "mention": m(name)},
                   "cue": m("said"), "rule": "quotes.direct"})
    rs = []
    for i, (org, kind, stance, event, cue, quote_ids) in enumerate(reactions, 1):
        rs.append({"id": "r%d" % i, "org": {"name": org, "kind": kind, "mention": m(org)},
                   "stance": stance, "event": event, "target": None, "quotes": list(quote_ids),
                   "cue": m(cue), "rule": "reactions.stance_cue"})
    return json.dumps({"schema": "newsevents/1", "status": status, "version": "test",
                       "doc": {"id": doc_id, "dct": dct, "source": doc_id + ".txt",
                               "bytes": len(text.encode()), "sentences": text.count("."),
                               "tokens": len(text.split())},
                       "events": evs, "quotes": qs, "reactions": rs, "timexes": [],
                       "entities": [], "warnings": []}, ensure_ascii=False)


def query_world():
    t1 = ("Lithuania has withdrawn from the Convention on Cluster Munitions on Thursday. "
          "Karolis Aleksa said \u201cwe must deter Russia\u201d. Amnesty International "
          "called it disastrous. Human Rights Watch called it alarming. NATO welcomed it. "
          "Lithuania will leave the Convention on Cluster Munitions soon.")
    ltu = json.loads(record(
        "ltu-ccm", "2025-03-07", t1,
        events=[("withdraw", "asserted", "Lithuania", "LTU", "Convention on Cluster Munitions",
                 "ccm", "withdrawn", ("2025-03-06", "Thursday"), ["Karolis Aleksa"],
                 ["r1", "r2", "r3"])],
        quotes=[("we must deter Russia", "Karolis Aleksa", "Deputy Defence Minister")],
        reactions=[("Amnesty International", "ngo", "oppose", "e1", "disastrous", []),
                   ("Human Rights Watch", "ngo", "oppose", "e1", "alarming", []),
                   ("NATO", "igo", "support", "e1", "welcomed", [])]))
    # A second mention of the same event, as the extractor lists them.
    s = len(t1[:t1.index("Lithuania will leave")].encode())
    leave = len(t1[:t1.index("leave")].encode())
    ltu["events"][0]["mentions"].append({"sentence": [s, len(t1.encode())],
                                         "trigger": {"text": "leave", "start": leave,
                                                     "end": leave + 5},
                                         "rule": "withdraw.planned"})
    t2 = ("The United States withdrew from the Intermediate-Range Nuclear Forces Treaty on "
          "2 August 2019. Mike Pompeo said \u201cRussia is solely responsible\u201d. The "
          "International Campaign to Abolish Nuclear Weapons condemned it.")
    t3 = ("Russia withdrew its ratification of the Comprehensive Nuclear-Test-Ban Treaty on "
          "2 November 2023. The Arms Control Association condemned the move. The Nuclear "
          "Threat Initiative expressed concern.")
    t4 = ("The United States left the Paris Agreement on 4 November 2020. Greenpeace "
          "condemned it.")
    t5 = ("Poland will withdraw from the Anti-Personnel Mine Ban Convention, now. "
          "Nobody reacted.")
    return [
        json.dumps(ltu, ensure_ascii=False),
        record("usa-inf", "2019-08-02", t2,
               events=[("withdraw", "asserted", "United States", "USA",
                        "Intermediate-Range Nuclear Forces Treaty", "inf", "withdrew",
                        ("2019-08-02", "2 August 2019"), ["Mike Pompeo"], ["r1"])],
               quotes=[("Russia is solely responsible", "Mike Pompeo", "Secretary of State")],
               reactions=[("International Campaign to Abolish Nuclear Weapons", "ngo",
                           "oppose", "e1", "condemned", [])]),
        record("rus-ctbt", "2023-11-03", t3,
               events=[("withdraw", "asserted", "Russia", "RUS",
                        "Comprehensive Nuclear-Test-Ban Treaty", "ctbt", "withdrew",
                        ("2023-11-02", "2 November 2023"), [], ["r1", "r2"])],
               reactions=[("Arms Control Association", "ngo", "oppose", "e1", "condemned", []),
                          ("Nuclear Threat Initiative", "ngo", "concern", "e1", "concern",
                           [])]),
        record("usa-paris", "2020-11-05", t4,
               events=[("withdraw", "asserted", "United States", "USA", "Paris Agreement",
                        "paris_agreement", "left", ("2020-11-04", "4 November 2020"), [],
                        ["r1"])],
               reactions=[("Greenpeace", "ngo", "oppose", "e1", "condemned", [])]),
        record("pol-apmbc", "2025-03-18", t5,
               events=[("withdraw", "planned", "Poland", "POL",
                        "Anti-Personnel Mine Ban Convention", "apmbc", "withdraw",
                        ("PRESENT_REF", "now"), [], [])]),
        json.dumps({"schema": "newsevents/1", "status": "error",
                    "doc": {"id": "broken", "source": "broken.txt"},
                    "error": {"code": "invalid_utf8", "message": "invalid UTF-8 at byte 7",
                              "where": "broken.txt"}}),
    ]


EXPECTED_QUERIES = {
    "withdrawals_opposed": [
        ("2023-11-02", "Russia", "Comprehensive Nuclear-Test-Ban Treaty", "asserted",
         "Arms Control Association", "rus-ctbt"),
        ("2025-03-06", "Lithuania", "Convention on Cluster Munitions", "asserted",
         "Amnesty International", "ltu-ccm"),
        ("2025-03-06", "Lithuania", "Convention on Cluster Munitions", "asserted",
         "Human Rights Watch", "ltu-ccm"),
        ("2025-03-18", "Poland", "Anti-Personnel Mine Ban Convention", "planned", None,
         "pol-apmbc"),
    ],
    "officials_quoted": [
        ("ltu-ccm", "Lithuania", "Convention on Cluster Munitions", "withdraw",
         "Karolis Aleksa", "Deputy Defence Minister", "direct", "we must deter Russia", 101),
        ("usa-inf", "United States", "Intermediate-Range Nuclear Forces Treaty", "withdraw",
         "Mike Pompeo", "Secretary of State", "direct", "Russia is solely responsible", 115),
    ],
    "event_provenance": [
        ("ltu-ccm.txt", "e1", "withdraw", "asserted", "Convention on Cluster Munitions",
         0, 77, "withdrawn", 14, 23, "withdraw.active"),
        ("ltu-ccm.txt", "e1", "withdraw", "asserted", "Convention on Cluster Munitions",
         227, 289, "leave", 242, 247, "withdraw.planned"),
    ],
}
