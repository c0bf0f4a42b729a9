#!/usr/bin/env python3
"""Whether two interchange files (dossier-graph/1) hold the same graph, entity for entity and
relation for relation (kinds, names, aliases, attributes, evidence); document paths may differ.

    compare_graphs.py built.json spark.json

Prints {"equal", "entities", "relations", "differences": [...]} and exits 1 when they differ.
"""

import json
import sys


def keyed(items):
    return {item["id"]: item for item in items}


def normal(relation):
    copy = dict(relation)
    copy["evidence"] = sorted(json.dumps(item, sort_keys=True) for item in relation.get("evidence", []))
    return copy


def main():
    first, second = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:3])
    differences = []
    for what, normalise in (("entities", dict), ("relations", normal)):
        left, right = keyed(first[what]), keyed(second[what])
        for name in sorted(left.keys() - right.keys())[:10]:
            differences.append(f"{what}: {name} only in {sys.argv[1]}")
        for name in sorted(right.keys() - left.keys())[:10]:
            differences.append(f"{what}: {name} only in {sys.argv[2]}")
        for name in sorted(left.keys() & right.keys()):
            if normalise(left[name]) != normalise(right[name]) and len(differences) < 40:
                differences.append(f"{what}: {name} differs")
    documents = ({d["id"] for d in first["documents"]}, {d["id"] for d in second["documents"]})
    if documents[0] != documents[1]:
        differences.append("the documents differ")
    print(json.dumps({"equal": not differences, "entities": [len(first["entities"]), len(second["entities"])],
                      "relations": [len(first["relations"]), len(second["relations"])],
                      "differences": differences}))
    sys.exit(0 if not differences else 1)


if __name__ == "__main__":
    main()
