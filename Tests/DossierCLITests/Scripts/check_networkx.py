"""Reads Dossier's GraphML, GEXF and node-link exports with networkx and
prints what it found, as JSON, for the Swift test to compare."""
import json
import sys

import networkx

folder = sys.argv[1]
graphs = {
    "graphml": networkx.read_graphml(f"{folder}/graph.graphml"),
    "gexf": networkx.read_gexf(f"{folder}/graph.gexf"),
    "node-link": networkx.node_link_graph(json.load(open(f"{folder}/graph.node-link")), edges="links"),
}
report = {}
for name, graph in graphs.items():
    kinds = sorted({data.get("kind") for _, data in graph.nodes(data=True)})
    edge_kinds = sorted({data.get("kind") for _, _, data in graph.edges(data=True)})
    visit = graph.nodes.get("event/zulfi-bukhari-visits-tel-aviv-2020-11", {})
    report[name] = {
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "kinds": kinds, "edgeKinds": edge_kinds,
        "visitDate": visit.get("date"),
    }
print(json.dumps(report, sort_keys=True))
