#!/usr/bin/env python3
"""Cold 2-hop neighbourhoods on the shared generator's graph: one new
`dossier neighbours ID --depth 2 --json` process per sample id, timed, its
`total` checked against the generator's true 2-hop size.

    python3 bench/two_hop_cold.py GRAPH_FOLDER STORE [BINARY]

GRAPH_FOLDER is what ../shared/bench/gen_dossier_graph.py wrote; STORE was
built from its nodes.csv and edges.csv.
"""
import csv, json, subprocess, time, statistics, sys
folder, store = sys.argv[1], sys.argv[2]
B = sys.argv[3] if len(sys.argv) > 3 else ".build/release/dossier"
prefix = {"p": "person", "o": "office", "g": "organization", "c": "country", "l": "place", "e": "event"}
times, wrong = [], 0
rows = list(csv.DictReader(open(folder + "/neighborhood_ids.csv")))
for row in rows:
    ident = prefix[row["id"][0]] + "/" + row["id"]
    start = time.perf_counter()
    out = subprocess.run([B, "neighbours", ident, "--depth", "2", "--limit", "200", "--json", "--store", store], capture_output=True, text=True)
    times.append(time.perf_counter() - start)
    total = json.loads(out.stdout).get("total")
    if total != int(row["two_hop_size"]): wrong += 1
times.sort()
print(json.dumps({"n": len(times), "median_s": round(statistics.median(times), 3), "p90_s": round(times[int(len(times)*0.9)], 3), "max_s": round(times[-1], 3), "wrong": wrong}))
