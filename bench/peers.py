"""The peers of `make bench`: networkx, python-igraph and Kuzu on the same CSV pair.

    python3 bench/peers.py TOOL warm FOLDER [DB]
        load the graph (Kuzu: COPY FROM into a new database at DB), then ask
        every pair's shortest path and every id's 2-hop neighbourhood; prints
        one JSON object with the load time, the peak memory after loading,
        the medians and every answer.
    python3 bench/peers.py TOOL cold FOLDER DB K
        a fresh process that answers pair K's path and exits (Kuzu opens the
        database DB that `warm` wrote; the others take `-` and load the CSV).
    python3 bench/peers.py TOOL cold-hop FOLDER DB K
        the same for id K's 2-hop neighbourhood.

FOLDER is what ../shared/bench/gen_dossier_graph.py wrote: nodes.csv,
edges.csv, pairs.csv (`source,target,…`) and neighborhood_ids.csv (`id,…`).
A cold Kuzu process is asked by name, as a user would ask (Kuzu scans the
names); the warm Kuzu queries go by id, its primary key, its quickest way in.
networkx and igraph are asked by id. A 2-hop size
leaves out the start, as the generator's `two_hop_size` does.
"""
import csv
import json
import os
import resource
import statistics
import sys
import time


def read_rows(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def questions(folder):
    pairs = [(row["source"], row["target"]) for row in read_rows(f"{folder}/pairs.csv")]
    starts = [row["id"] for row in read_rows(f"{folder}/neighborhood_ids.csv")]
    return pairs, starts


class NetworkX:
    def __init__(self, folder):
        import networkx
        self.networkx = networkx
        self.graph = networkx.Graph()
        self.graph.add_nodes_from(row["id"] for row in read_rows(f"{folder}/nodes.csv"))
        self.graph.add_edges_from((row["source"], row["target"]) for row in read_rows(f"{folder}/edges.csv"))

    def path_length(self, a, b):
        try:
            return self.networkx.shortest_path_length(self.graph, a, b)
        except self.networkx.NetworkXNoPath:
            return -1

    def two_hop(self, node):
        return len(self.networkx.single_source_shortest_path_length(self.graph, node, cutoff=2)) - 1


class IGraph:
    def __init__(self, folder):
        import igraph
        nodes = [row["id"] for row in read_rows(f"{folder}/nodes.csv")]
        self.index = {name: position for position, name in enumerate(nodes)}
        self.graph = igraph.Graph(n=len(nodes))
        self.graph.add_edges([(self.index[row["source"]], self.index[row["target"]])
                              for row in read_rows(f"{folder}/edges.csv")])

    def path_length(self, a, b):
        path = self.graph.get_shortest_path(self.index[a], self.index[b])
        return len(path) - 1 if path else -1

    def two_hop(self, node):
        return len(self.graph.neighborhood(self.index[node], order=2, mindist=1))


class Kuzu:
    """Kuzu's own bulk loader and Cypher, asked by name."""

    def __init__(self, folder, database, load):
        import kuzu
        self.connection = kuzu.Connection(kuzu.Database(database))
        # The questions' names, kept beside the database so that a cold process
        # reads a few names rather than the whole nodes file.
        names_file = f"{database}.names.json"
        if not load:
            with open(names_file) as handle:
                self.names = json.load(handle)
            return
        began = time.perf_counter()
        self.connection.execute("CREATE NODE TABLE Entity(id STRING, kind STRING, name STRING, PRIMARY KEY(id))")
        self.connection.execute("CREATE REL TABLE Link(FROM Entity TO Entity, kind STRING)")
        self.connection.execute(f"COPY Entity FROM '{folder}/nodes.csv' (header=true)")
        self.connection.execute(f"COPY Link FROM '{folder}/edges.csv' (header=true)")
        self.load_seconds = time.perf_counter() - began
        pairs, starts = questions(folder)
        wanted = {end for pair in pairs for end in pair} | set(starts)
        self.names = {row["id"]: row["name"] for row in read_rows(f"{folder}/nodes.csv") if row["id"] in wanted}
        with open(names_file, "w") as handle:
            json.dump(self.names, handle)

    by_name = True

    def path_length(self, a, b):
        key = "name" if self.by_name else "id"
        result = self.connection.execute(
            f"MATCH (a:Entity)-[e:Link* SHORTEST 1..30]-(b:Entity) WHERE a.{key} = $a AND b.{key} = $b "
            "RETURN length(e)", {"a": self.names[a] if self.by_name else a, "b": self.names[b] if self.by_name else b})
        rows = result.get_all()
        return rows[0][0] if rows else -1

    def two_hop(self, node):
        result = self.connection.execute(
            f"MATCH (a:Entity)-[:Link* 1..2]-(b:Entity) WHERE a.{'name' if self.by_name else 'id'} = $a "
            "AND b.id <> a.id RETURN count(DISTINCT b)", {"a": self.names[node] if self.by_name else node})
        return result.get_all()[0][0]


def open_tool(tool, folder, database, load):
    if tool == "networkx":
        return NetworkX(folder)
    if tool == "igraph":
        return IGraph(folder)
    if tool == "kuzu":
        return Kuzu(folder, database, load)
    raise SystemExit(f"peers.py: unknown tool {tool!r}; use networkx, igraph or kuzu")


def timed_answers(function, items):
    times, answers = [], []
    for item in items:
        began = time.perf_counter()
        answers.append(function(*item) if isinstance(item, tuple) else function(item))
        times.append(time.perf_counter() - began)
    return times, answers


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    tool, mode, folder = sys.argv[1], sys.argv[2], sys.argv[3]
    database = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != "-" else None
    which = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    if tool == "kuzu" and not database:
        raise SystemExit("peers.py: kuzu needs a database folder as its fourth argument")
    pairs, starts = questions(folder)
    began = time.perf_counter()
    peer = open_tool(tool, folder, database, load=(mode == "warm"))
    if mode == "cold":
        print(json.dumps({"tool": tool, "length": peer.path_length(*pairs[which])}))
        return
    if mode == "cold-hop":
        print(json.dumps({"tool": tool, "size": peer.two_hop(starts[which])}))
        return
    loaded = getattr(peer, "load_seconds", time.perf_counter() - began)
    peer.by_name = False
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    path_times, lengths = timed_answers(peer.path_length, pairs)
    hop_times, sizes = timed_answers(peer.two_hop, starts)
    disk = None
    if database:
        disk = sum(os.path.getsize(os.path.join(root, name))
                   for root, _, names in os.walk(database) for name in names) if os.path.isdir(database) \
            else os.path.getsize(database)
    print(json.dumps({
        "tool": tool, "loadSeconds": loaded, "peakMB": peak, "diskMB": disk / 2**20 if disk else None,
        "pathMedianMs": statistics.median(path_times) * 1000, "neighboursMedianMs": statistics.median(hop_times) * 1000,
        "lengths": lengths, "sizes": sizes,
    }))


if __name__ == "__main__":
    main()
