#!/usr/bin/env python3
"""Times `dossier report` on a generated 2,000-entity graph and the page's
opening in headless Chromium (issue 16's targets: under 5 s each).

Run from the project folder after `swift build -c release --product dossier`:
    python3 bench/report_bench.py [--nodes 2000] [--runs 3]
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("--nodes", type=int, default=2000)
parser.add_argument("--runs", type=int, default=3)
args = parser.parse_args()
binary = ".build/release/dossier"
generator = os.path.join("..", "shared", "bench", "gen_dossier_graph.py")
browser = shutil.which("chromium") or shutil.which("chromium-browser")
if not os.path.exists(binary) or not os.path.exists(generator) or not browser:
    sys.exit("needs .build/release/dossier, ../shared/bench/gen_dossier_graph.py and chromium (make browser)")
work = tempfile.mkdtemp(prefix="dossier-report-bench-")
graph = os.path.join(work, "graph")
subprocess.run([sys.executable, generator, "--nodes", str(args.nodes), "--out", graph], check=True,
               stdout=subprocess.DEVNULL)
store = os.path.join(work, "graph.sqlite")
subprocess.run([binary, "build", "--store", store, graph + "/nodes.csv", graph + "/edges.csv"], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
page = os.path.join(work, "report.html")
write, whole, ready = [], [], []
for _ in range(args.runs):
    start = time.perf_counter()
    subprocess.run([binary, "report", "--store", store, "-o", page], check=True, stderr=subprocess.DEVNULL)
    write.append(time.perf_counter() - start)
    start = time.perf_counter()
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + work + "/profile",
                          "--dump-dom", "file://" + page], capture_output=True, text=True, check=True).stdout
    whole.append(time.perf_counter() - start)
    found = re.search(r'data-ready-ms="(\d+)"', dom)
    ready.append(int(found.group(1)) / 1000 if found else float("nan"))
print(json.dumps({
    "measure": "report", "entities": args.nodes, "bytes": os.path.getsize(page),
    "writeSeconds": statistics.median(write), "browserSeconds": statistics.median(whole),
    "pageReadySeconds": statistics.median(ready),
}))
shutil.rmtree(work)
