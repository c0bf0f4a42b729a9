"""Reads a neo4j-csv export the way Neo4j's operations manual documents the
input of `neo4j-admin database import` (default options: `,` between fields,
`"` quotes doubled inside quoted fields, `;` between array elements and
labels, a header of `<name>:<field_type>` fields) and checks it against the
JSON export of the same store. Prints a JSON report: nodes by label,
relationships by type, and every problem found.

    python3 check_neo4j_csv.py folder/ graph.json
"""
import csv
import json
import sys

TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
         "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}


def header(fields, special, problems, name):
    """The columns of a header: (property or None, field type)."""
    columns = []
    for field in fields:
        prop, _, kind = field.partition(":")
        if ":" in kind:
            problems.append(f"{name}: header field {field!r} has more than one ':'")
        base = kind.split("(")[0]
        if base in special:
            columns.append((prop or None, base))
        elif kind == "" or kind.rstrip("[]") in TYPES:
            columns.append((prop, kind or "string"))
        else:
            problems.append(f"{name}: header field {field!r} has no documented type")
            columns.append((prop, kind))
    return columns


def rows(path, special, problems):
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        columns = header(next(reader), special, problems, path)
        for number, row in enumerate(reader, start=2):
            if len(row) != len(columns):
                problems.append(f"{path}:{number}: {len(row)} fields, the header has {len(columns)}")
                continue
            if any("\n" in value for value in row):
                problems.append(f"{path}:{number}: a field holds a line break (needs --multiline-fields=true)")
            yield columns, row


def main():
    folder, exported = sys.argv[1], sys.argv[2]
    graph = json.load(open(exported, encoding="utf-8"))
    problems = []
    ids, labels, aliases = set(), {}, {}
    for columns, row in rows(f"{folder}/nodes.csv", {"ID", "LABEL", "IGNORE"}, problems):
        node_id = None
        for (prop, kind), value in zip(columns, row):
            if kind == "ID":
                node_id = value
            elif kind == "LABEL":
                for label in value.split(";"):
                    labels[label] = labels.get(label, 0) + 1
            elif kind.endswith("[]") and prop == "aliases":
                aliases[node_id] = [item for item in value.split(";") if item] if value else []
        if node_id in ids:
            problems.append(f"node id {node_id!r} twice")
        ids.add(node_id)
    types = {}
    for columns, row in rows(f"{folder}/relationships.csv", {"START_ID", "END_ID", "TYPE", "IGNORE"}, problems):
        fields = {kind: value for (_, kind), value in zip(columns, row) if kind in {"START_ID", "END_ID", "TYPE"}}
        if set(fields) != {"START_ID", "END_ID", "TYPE"}:
            problems.append("a relationship row lacks START_ID, END_ID or TYPE")
            continue
        for end in ("START_ID", "END_ID"):
            if fields[end] not in ids:
                problems.append(f"relationship end {fields[end]!r} is no node id")
        types[fields["TYPE"]] = types.get(fields["TYPE"], 0) + 1
    for entity in graph["entities"]:
        if entity["id"] not in ids:
            problems.append(f"entity {entity['id']!r} is not a node")
        elif aliases.get(entity["id"], []) != entity.get("aliases", []):
            problems.append(f"aliases of {entity['id']!r} read back as {aliases.get(entity['id'])!r}")
    print(json.dumps({"nodes": labels, "relationships": types, "problems": problems}))


if __name__ == "__main__":
    main()
