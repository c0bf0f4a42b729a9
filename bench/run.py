"""`make bench`: Dossier beside Kuzu, igraph and networkx on the same graphs.

The graphs come from the shared workload generator (heavy-tailed degrees,
with true answers): DOSSIER_GRAPH_GENERATOR names it, by default
../shared/bench/gen_dossier_graph.py beside the project. BENCH_SIZES chooses
the sizes (default "100000 1000000"); BENCH_PEERS the peers (default
"kuzu igraph networkx").

For each size: generate the graph (seeded, kept in bench/data/graph-N);
build a Dossier store from the CSV pair (time, peak memory, size on disk);
ask every pair's path and every sample id's 2-hop neighbourhood, by name, each
in a new `dossier` process; ask them again warm in one process
(`dossier-bench warm`); then each peer on the same files. Every answer is
checked against the generator's: a path length against `hops` (or "not
connected"), a 2-hop size against `two_hop_size`. Wrong answers are counted
and printed. Then extraction speed and rendering.

Each run is appended to bench/results.json; the table goes to the terminal,
and `--markdown` prints it as the README's table.
"""
import csv
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
GENERATOR = os.environ.get("DOSSIER_GRAPH_GENERATOR", os.path.join(ROOT, "..", "shared", "bench", "gen_dossier_graph.py"))
PEERS = os.environ.get("BENCH_PEERS", "kuzu igraph networkx").split()
COLD_PEER_SAMPLES = 20


def log(text):
    print(text, flush=True)


def run_json(command):
    output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def timed(command):
    began = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - began, result


def peak_of(command):
    """Wall seconds, peak resident MB and the result of a command, from /usr/bin/time -v."""
    began = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - began
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    return wall, peak, result


def read_rows(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def remove_store(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


class Workload:
    """One generated graph and its true answers."""

    def __init__(self, size):
        self.size = size
        self.folder = os.path.join(ROOT, "bench", "data", f"graph-{size}")
        if not os.path.exists(os.path.join(self.folder, "neighborhood_ids.csv")):
            if not os.path.exists(GENERATOR):
                raise SystemExit(
                    f"bench: the workload generator {GENERATOR} is missing; set DOSSIER_GRAPH_GENERATOR "
                    "to the path of gen_dossier_graph.py (the shared benchmark workload)")
            log(f"  generating {size:,} entities with {os.path.relpath(GENERATOR, ROOT)}")
            subprocess.run([sys.executable, GENERATOR, "--nodes", str(size), "--out", self.folder],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        pairs = read_rows(os.path.join(self.folder, "pairs.csv"))
        self.pairs = [(row["source"], row["target"]) for row in pairs]
        self.hops = [int(row["hops"]) if row["connected"] == "1" else -1 for row in pairs]
        hood = read_rows(os.path.join(self.folder, "neighborhood_ids.csv"))
        self.starts = [row["id"] for row in hood]
        self.two_hop = [int(row["two_hop_size"]) for row in hood]
        wanted = {end for pair in self.pairs for end in pair} | set(self.starts)
        self.names, self.kinds = {}, {}
        for row in read_rows(os.path.join(self.folder, "nodes.csv")):
            if row["id"] in wanted:
                self.names[row["id"]], self.kinds[row["id"]] = row["name"], row["kind"]
        with open(os.path.join(self.folder, "meta.json")) as handle:
            self.relations = json.load(handle)["edges"]

    def wrong(self, lengths, sizes):
        """How many answers differ from the true ones (a missing answer is wrong)."""
        wrong_lengths = sum(1 for truth, found in zip(self.hops, lengths) if truth != found)
        wrong_sizes = sum(1 for truth, found in zip(self.two_hop, sizes) if truth != found)
        return wrong_lengths + wrong_sizes + (len(self.hops) - len(lengths)) + (len(self.two_hop) - len(sizes))


def dossier_answer_path(result):
    found = json.loads(result.stdout) if result.returncode == 0 else None
    if not found:
        return None
    return found["paths"][0]["length"] if found["found"] else -1


def bench_dossier(work):
    store = os.path.join(work.folder, "store.sqlite")
    builds = []
    for _ in range(3 if work.size <= 100_000 else 1):
        remove_store(store)
        builds.append(peak_of([DOSSIER, "build", f"{work.folder}/nodes.csv", f"{work.folder}/edges.csv",
                               "--store", store]))
    build_seconds = statistics.median(b[0] for b in builds)
    peak = statistics.median(b[1] for b in builds)
    store_mb = sum(os.path.getsize(store + s) for s in ("", "-wal") if os.path.exists(store + s)) / 2**20
    log(f"  Dossier build {build_seconds:.1f} s, {peak:.0f} MB peak, store {store_mb:.0f} MB")
    path_times, lengths = [], []
    for a, b in work.pairs:
        seconds, result = timed([DOSSIER, "path", work.names[a], work.names[b], "--json", "--store", store])
        path_times.append(seconds)
        lengths.append(dossier_answer_path(result))
    hop_times, sizes = [], []
    for start in work.starts:
        seconds, result = timed([DOSSIER, "neighbours", work.names[start], "--depth", "2", "--limit", "200",
                                 "--json", "--store", store])
        hop_times.append(seconds)
        sizes.append(json.loads(result.stdout).get("total") if result.returncode == 0 else None)
    cold_wrong = work.wrong(lengths, sizes)
    # The warm bench takes entity ids as the store spells them (kind/id).
    with open(f"{work.folder}/warm-pairs.csv", "w") as handle:
        handle.writelines(f"{work.kinds[a]}/{a},{work.kinds[b]}/{b}\n" for a, b in work.pairs)
    with open(f"{work.folder}/warm-starts.csv", "w") as handle:
        handle.writelines(f"{work.kinds[s]}/{s}\n" for s in work.starts)
    warm = run_json([BENCH, "warm", "--data", work.folder, "--store", store, "--repeat", "5",
                     "--pairs", f"{work.folder}/warm-pairs.csv", "--starts", f"{work.folder}/warm-starts.csv"])[0]
    with open(f"{work.folder}/dossier-lengths.csv") as handle:
        warm_lengths = [int(line.rsplit(",", 1)[1]) for line in handle if line.strip()]
    with open(f"{work.folder}/dossier-sizes.csv") as handle:
        warm_sizes = [int(line.rsplit(",", 1)[1]) - 1 for line in handle if line.strip()]  # less the start
    result = {
        "loadSeconds": build_seconds, "peakMB": peak, "diskMB": store_mb,
        "coldPathMs": statistics.median(path_times) * 1000, "coldNeighboursMs": statistics.median(hop_times) * 1000,
        "coldNeighboursP90Ms": sorted(hop_times)[int(len(hop_times) * 0.9)] * 1000,
        "coldSamples": len(path_times),
        "warmPathMs": warm["pathMedianMs"], "warmPathWithEvidenceMs": warm["pathWithEvidenceMedianMs"],
        "warmNeighboursMs": warm["neighboursMedianMs"], "graphLoadSeconds": warm["loadSeconds"],
        "wrong": cold_wrong + work.wrong(warm_lengths, warm_sizes),
    }
    log(f"  Dossier cold path {result['coldPathMs']:.0f} ms, cold 2-hop {result['coldNeighboursMs']:.0f} ms "
        f"(median of {len(path_times)} and {len(hop_times)} processes), warm path {warm['pathMedianMs']:.3f} ms, "
        f"warm 2-hop {warm['neighboursMedianMs']:.3f} ms; {result['wrong']} wrong answers")
    return result


def bench_peer(tool, work):
    database = os.path.join(work.folder, "kuzu.db") if tool == "kuzu" else "-"
    if tool == "kuzu":
        for leftover in (database, database + ".wal", database + ".names.json"):
            if os.path.isdir(leftover):
                subprocess.run(["rm", "-rf", leftover], check=True)
            elif os.path.exists(leftover):
                os.remove(leftover)
    _, peak, result = peak_of([sys.executable, "bench/peers.py", tool, "warm", work.folder, database])
    warm = json.loads(result.stdout.splitlines()[-1])
    samples = COLD_PEER_SAMPLES if tool == "kuzu" else 1
    cold_paths, cold_hops, wrong_cold = [], [], 0
    for which in range(samples):
        seconds, result = timed([sys.executable, "bench/peers.py", tool, "cold", work.folder, database, str(which)])
        cold_paths.append(seconds)
        wrong_cold += json.loads(result.stdout)["length"] != work.hops[which] if result.returncode == 0 else 1
        seconds, result = timed([sys.executable, "bench/peers.py", tool, "cold-hop", work.folder, database, str(which)])
        cold_hops.append(seconds)
        wrong_cold += json.loads(result.stdout)["size"] != work.two_hop[which] if result.returncode == 0 else 1
    answer = {
        "loadSeconds": warm["loadSeconds"], "peakMB": peak, "diskMB": warm["diskMB"],
        "coldPathMs": statistics.median(cold_paths) * 1000, "coldNeighboursMs": statistics.median(cold_hops) * 1000,
        "coldSamples": samples, "warmPathMs": warm["pathMedianMs"], "warmNeighboursMs": warm["neighboursMedianMs"],
        "wrong": wrong_cold + work.wrong(warm["lengths"], warm["sizes"]),
    }
    log(f"  {tool}: load {answer['loadSeconds']:.1f} s, {peak:.0f} MB peak"
        + (f", {answer['diskMB']:.0f} MB on disk" if answer["diskMB"] else "")
        + f", cold path {answer['coldPathMs']:.0f} ms, cold 2-hop {answer['coldNeighboursMs']:.0f} ms, "
        f"warm path {answer['warmPathMs']:.3f} ms, warm 2-hop {answer['warmNeighboursMs']:.3f} ms; "
        f"{answer['wrong']} wrong answers")
    return answer


def bench_size(size):
    log(f"{size:,} entities")
    work = Workload(size)
    tools = {"Dossier": bench_dossier(work)}
    for tool in PEERS:
        try:
            tools[tool] = bench_peer(tool, work)
        except Exception as error:  # a peer that fails is reported, not fatal
            log(f"  {tool}: failed ({error})")
    return {"entities": size, "relations": work.relations, "tools": tools}


def cell(value, unit):
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.1f} s"
    if unit == "MB":
        return f"{value / 1024:.2f} GB" if value >= 1024 else f"{value:.0f} MB"
    if unit == "ms":
        if value >= 1000:
            return f"{value / 1000:.2f} s"
        return f"{value:.3f} ms" if value < 1 else (f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms")
    return str(value)


ROWS = [("build / load from CSV", "loadSeconds", "s"), ("peak memory of the load", "peakMB", "MB"),
        ("on disk", "diskMB", "MB"), ("cold process, one path by name", "coldPathMs", "ms"),
        ("cold process, 2-hop by name", "coldNeighboursMs", "ms"), ("warm path", "warmPathMs", "ms"),
        ("warm 2-hop", "warmNeighboursMs", "ms"), ("wrong answers", "wrong", "")]


def table(run, markdown=False):
    names = ["Dossier"] + [tool for tool in PEERS]
    lines = []
    for size in run["sizes"]:
        header = [f"{size['entities']:,} entities, {size['relations']:,} relations"] + names
        rows = [header]
        for title, key, unit in ROWS:
            rows.append([title] + [cell(size["tools"].get(name, {}).get(key), unit) for name in names])
        if markdown:
            lines.append("| " + " | ".join(header) + " |")
            lines.append("|" + "---|" * len(header))
            lines.extend("| " + " | ".join(row) + " |" for row in rows[1:])
        else:
            widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
            lines.extend("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows)
        lines.append("")
    for item in run.get("render", []):
        command = item.get("commandSeconds")
        lines.append(f"render {item['layout']}, {item['nodes']:,} nodes: {item['inProcessSeconds'] * 1000:.0f} ms "
                     "in-process, " + (f"{command * 1000:.0f} ms with the dot command" if command is not None
                                       else "no dot command to compare"))
    extraction = run.get("extraction")
    if extraction:
        lines.append(f"extraction: {extraction['fastestWordsPerSecond']:,.0f} words/s fastest, "
                     f"{extraction['wordsPerSecond']:,.0f} median, over {extraction['words']:,} words")
    return "\n".join(lines)


def load_runs(path):
    if not os.path.exists(path):
        return []
    with open(path) as handle:
        stored = json.load(handle)
    return stored["runs"] if isinstance(stored, dict) and "runs" in stored else [stored]


def main():
    results_path = os.path.join(ROOT, "bench", "results.json")
    if "--markdown" in sys.argv:
        print(table(load_runs(results_path)[-1], markdown=True))
        return
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "100000 1000000").split()]
    run = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
           "date": time.strftime("%Y-%m-%d"), "generator": os.path.basename(GENERATOR),
           "sizes": [bench_size(size) for size in sizes]}
    log("extraction")
    run["extraction"] = run_json([BENCH, "extract", "--words", "1000000", "--runs", "3"])[0]
    log("rendering")
    run["render"] = run_json([BENCH, "render"])
    runs = load_runs(results_path) + [run]
    with open(results_path, "w") as handle:
        json.dump({"runs": runs}, handle, indent=2, sort_keys=True)
    log("")
    log(f"Machine: {run['machine']}, {run['date']}")
    log(table(run))
    wrong = sum(tool["wrong"] for size in run["sizes"] for tool in size["tools"].values())
    if wrong:
        log(f"bench: {wrong} wrong answers in all (see above)")
        sys.exit(1)


if __name__ == "__main__":
    main()
