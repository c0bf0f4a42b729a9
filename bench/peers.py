"""The peers of `make bench`: networkx and python-igraph on the same CSV pair.

Run as `python3 bench/peers.py TOOL MODE FOLDER` where MODE is `load`
(load time and peak memory), `cold` (one process that loads and answers one
path query) or `warm` (per-query shortest path and 2-hop neighbourhood).
Prints one JSON object.
"""
import csv
import json
import resource
import statistics
import sys
import time


def read_csv(folder):
    with open(f"{folder}/nodes.csv", newline="") as handle:
        nodes = [row["id"] for row in csv.DictReader(handle)]
    with open(f"{folder}/edges.csv", newline="") as handle:
        edges = [(row["source"], row["target"]) for row in csv.DictReader(handle)]
    return nodes, edges


def load(tool, folder):
    nodes, edges = read_csv(folder)
    if tool == "networkx":
        import networkx
        graph = networkx.Graph()
        graph.add_nodes_from(nodes)
        graph.add_edges_from(edges)
        return graph, None
    import igraph
    graph = igraph.Graph()
    graph.add_vertices(nodes)
    index = {name: position for position, name in enumerate(nodes)}
    graph.add_edges([(index[a], index[b]) for a, b in edges])
    return graph, index


def path_length(tool, graph, index, a, b):
    if tool == "networkx":
        import networkx
        try:
            return networkx.shortest_path_length(graph, a, b)
        except networkx.NetworkXNoPath:
            return -1
    distances = graph.distances(index[a], index[b])[0][0]
    return -1 if distances == float("inf") else int(distances)


def two_hop(tool, graph, index, node):
    if tool == "networkx":
        import networkx
        return len(networkx.single_source_shortest_path_length(graph, node, cutoff=2))
    return len(graph.neighborhood(index[node], order=2))


def main():
    tool, mode, folder = sys.argv[1], sys.argv[2], sys.argv[3]
    start = time.perf_counter()
    graph, index = load(tool, folder)
    loaded = time.perf_counter() - start
    if mode == "load":
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"tool": tool, "loadSeconds": loaded, "peakMB": peak}))
        return
    with open(f"{folder}/pairs.csv") as handle:
        pairs = [line.strip().split(",") for line in handle if line.strip()]
    if mode == "cold":
        length = path_length(tool, graph, index, *pairs[0])
        print(json.dumps({"tool": tool, "coldSeconds": time.perf_counter() - start, "length": length}))
        return
    times, lengths = [], []
    for a, b in pairs:
        began = time.perf_counter()
        lengths.append(path_length(tool, graph, index, a, b))
        times.append(time.perf_counter() - began)
    with open(f"{folder}/starts.csv") as handle:
        starts = [line.strip() for line in handle if line.strip()]
    hops = []
    for node in starts:
        began = time.perf_counter()
        two_hop(tool, graph, index, node)
        hops.append(time.perf_counter() - began)
    print(json.dumps({
        "tool": tool, "pathMedianMs": statistics.median(times) * 1000,
        "neighboursMedianMs": statistics.median(hops) * 1000, "lengths": lengths,
    }))


if __name__ == "__main__":
    main()
