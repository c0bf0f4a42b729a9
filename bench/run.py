"""`make bench`: Dossier's figures beside networkx's and igraph's.

Sizes come from BENCH_SIZES (default "10000 100000 1000000"). For each:
generate the CSV pair (seeded), build a store (time, peak memory, size),
time cold `dossier path` and `dossier neighbours` processes, warm library
queries, and the peers on the same files; cross-check path lengths against
networkx. Also extraction speed and rendering. Writes bench/results.json and
prints a table.
"""
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOSSIER = os.path.join(ROOT, ".build/release/dossier")
BENCH = os.path.join(ROOT, ".build/release/dossier-bench")


def run_json(command, **kwargs):
    output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT, **kwargs).stdout
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def timed(command):
    began = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - began, result


def peak_of(command):
    """Wall seconds and peak resident MB of a command, from /usr/bin/time -v."""
    began = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - began
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    return wall, peak, result


def lines(path):
    with open(path) as handle:
        return [line.strip() for line in handle if line.strip()]


def bench_size(size, log):
    folder = f"bench/data/{size}"
    if not os.path.exists(f"{ROOT}/{folder}/edges.csv"):
        run_json([BENCH, "generate", "--entities", str(size), "--out", folder])
    store = f"{folder}/store.sqlite"
    runs = 3 if size <= 100_000 else 1
    builds = []
    for _ in range(runs):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(f"{ROOT}/{store}{suffix}"):
                os.remove(f"{ROOT}/{store}{suffix}")
        builds.append(peak_of([DOSSIER, "build", f"{folder}/nodes.csv", f"{folder}/edges.csv", "--store", store]))
    build_seconds = statistics.median(b[0] for b in builds)
    build_peak = statistics.median(b[1] for b in builds)
    store_mb = sum(os.path.getsize(f"{ROOT}/{store}{s}") for s in ("", "-wal") if os.path.exists(f"{ROOT}/{store}{s}")) / 2**20
    log(f"  build {build_seconds:.1f} s, {build_peak:.0f} MB peak, store {store_mb:.0f} MB")
    cold_paths, lengths = [], {}
    for line in lines(f"{ROOT}/{folder}/pairs.csv") + lines(f"{ROOT}/{folder}/unconnected.csv"):
        a, b = line.split(",")
        seconds, result = timed([DOSSIER, "path", a, b, "--json", "--store", store])
        found = json.loads(result.stdout)
        lengths[(a, b)] = found["paths"][0]["length"] if found["found"] else -1
        if (a, b) in [tuple(p.split(",")) for p in lines(f"{ROOT}/{folder}/pairs.csv")]:
            cold_paths.append(seconds)
    cold_neighbours = []
    for start in lines(f"{ROOT}/{folder}/starts.csv"):
        seconds, _ = timed([DOSSIER, "neighbours", start, "--depth", "2", "--json", "--store", store])
        cold_neighbours.append(seconds)
    warm = run_json([BENCH, "warm", "--data", folder, "--store", store])[0]
    log(f"  cold path {statistics.median(cold_paths)*1000:.1f} ms, cold 2-hop {statistics.median(cold_neighbours)*1000:.1f} ms, "
        f"warm path {warm['pathMedianMs']:.3f} ms, warm 2-hop {warm['neighboursMedianMs']:.3f} ms")
    result = {
        "entities": size, "buildSeconds": build_seconds, "buildPeakMB": build_peak, "storeMB": store_mb,
        "coldPathMs": statistics.median(cold_paths) * 1000, "coldNeighboursMs": statistics.median(cold_neighbours) * 1000,
        "warmPathMs": warm["pathMedianMs"], "warmPathWithEvidenceMs": warm["pathWithEvidenceMedianMs"],
        "warmNeighboursMs": warm["neighboursMedianMs"],
        "medianNeighbourhood": warm["medianNeighbourhood"], "peers": {},
    }
    for tool in ("networkx", "igraph"):
        try:
            loaded = run_json([sys.executable, "bench/peers.py", tool, "load", folder])[0]
            cold_seconds, _ = timed([sys.executable, "bench/peers.py", tool, "cold", folder])
            warm_peer = run_json([sys.executable, "bench/peers.py", tool, "warm", folder])[0]
        except Exception as error:  # a peer that fails is reported, not fatal
            log(f"  {tool}: failed ({error})")
            continue
        result["peers"][tool] = {
            "loadSeconds": loaded["loadSeconds"], "peakMB": loaded["peakMB"], "coldPathMs": cold_seconds * 1000,
            "warmPathMs": warm_peer["pathMedianMs"], "warmNeighboursMs": warm_peer["neighboursMedianMs"],
        }
        if tool == "networkx":
            pairs = [tuple(p.split(",")) for p in lines(f"{ROOT}/{folder}/pairs.csv")]
            mismatches = [p for p, n in zip(pairs, warm_peer["lengths"]) if lengths[p] != n]
            result["lengthMismatches"] = len(mismatches)
            log(f"  path lengths equal to networkx's on {len(pairs) - len(mismatches)} of {len(pairs)} pairs")
        log(f"  {tool}: load {loaded['loadSeconds']:.1f} s, {loaded['peakMB']:.0f} MB, cold {cold_seconds:.1f} s, "
            f"warm path {warm_peer['pathMedianMs']:.3f} ms, warm 2-hop {warm_peer['neighboursMedianMs']:.3f} ms")
    return result


def ratio(ours, theirs):
    return f"{ours / theirs:.2f}×" if theirs else "—"


def table(results):
    rows = [("measure", "entities", "Dossier", "networkx", "igraph", "Dossier/networkx", "Dossier/igraph")]
    for size in results["sizes"]:
        peers = size["peers"]
        nx, ig = peers.get("networkx", {}), peers.get("igraph", {})
        def row(name, ours, key, unit, scale=1):
            a, b = nx.get(key), ig.get(key)
            rows.append((name, f"{size['entities']:,}", f"{ours:.3f} {unit}" if ours < 10 else f"{ours:.1f} {unit}",
                         f"{a*scale:.3f} {unit}" if a is not None else "—", f"{b*scale:.3f} {unit}" if b is not None else "—",
                         ratio(ours, a * scale) if a else "—", ratio(ours, b * scale) if b else "—"))
        row("load/build", size["buildSeconds"], "loadSeconds", "s")
        rows.append(("peak memory", f"{size['entities']:,}", f"{size['buildPeakMB']:.0f} MB", f"{nx.get('peakMB', 0):.0f} MB",
                     f"{ig.get('peakMB', 0):.0f} MB", ratio(size["buildPeakMB"], nx.get("peakMB")), ratio(size["buildPeakMB"], ig.get("peakMB"))))
        rows.append(("store on disk", f"{size['entities']:,}", f"{size['storeMB']:.0f} MB", "—", "—", "—", "—"))
        row("cold path", size["coldPathMs"], "coldPathMs", "ms")
        rows.append(("cold 2-hop", f"{size['entities']:,}", f"{size['coldNeighboursMs']:.1f} ms", "—", "—", "—", "—"))
        row("warm path", size["warmPathMs"], "warmPathMs", "ms")
        rows.append(("warm path + evidence", f"{size['entities']:,}", f"{size['warmPathWithEvidenceMs']:.3f} ms", "—", "—", "—", "—"))
        row("warm 2-hop", size["warmNeighboursMs"], "warmNeighboursMs", "ms")
    for item in results.get("render", []):
        rows.append((f"render {item['layout']}", f"{item['nodes']:,}", f"{item['inProcessSeconds']*1000:.0f} ms",
                     f"dot command: {item['commandSeconds']*1000:.0f} ms", "", ratio(item["inProcessSeconds"], item["commandSeconds"]), ""))
    extraction = results.get("extraction")
    if extraction:
        rows.append(("extraction", f"{extraction['words']:,} words", f"{extraction['wordsPerSecond']:,.0f} words/s", "", "", "", ""))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows)


def main():
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "10000 100000 1000000").split()]
    results = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
               "date": time.strftime("%Y-%m-%d"), "sizes": []}
    def log(text):
        print(text, flush=True)
    for size in sizes:
        log(f"{size:,} entities")
        results["sizes"].append(bench_size(size, log))
    log("extraction")
    results["extraction"] = run_json([BENCH, "extract", "--words", "1000000", "--runs", "3"])[0]
    log("rendering")
    results["render"] = run_json([BENCH, "render"])
    with open(f"{ROOT}/bench/results.json", "w") as handle:
        json.dump(results, handle, indent=2, sort_keys=True)
    print()
    print(f"Machine: {results['machine']}")
    print(table(results))


if __name__ == "__main__":
    main()
