"""Loads `dossier export --format kuzu` into a fresh Kuzu database (the
embedded graph engine from PyPI) and prints, as JSON for the Swift test, the
count of nodes by table, of relationships by type, and the length of the
shortest path between two entities named on the command line."""
import json
import os
import sys

import kuzu

script, database, first, second = sys.argv[1:5]
if os.path.exists(database):
    os.remove(database)
connection = kuzu.Connection(kuzu.Database(database))
with open(script, encoding="utf-8") as handle:
    connection.execute(handle.read())


def rows(query, parameters=None):
    result = connection.execute(query, parameters or {})
    return result.get_all()


nodes = {label: count for label, count in rows("MATCH (n) RETURN label(n), count(*)")}
relations = {label: count for label, count in rows("MATCH ()-[r]->() RETURN label(r), count(*)")}
path = rows(
    "MATCH p = (a {name: $first})-[* SHORTEST 1..12]-(b {name: $second}) RETURN length(p)",
    {"first": first, "second": second},
)
print(json.dumps({"nodes": nodes, "relations": relations, "path": path[0][0] if path else None}, sort_keys=True))
