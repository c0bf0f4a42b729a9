import Dossier

/// JSON graph forms for JavaScript and Python tools: Cytoscape.js elements
/// and networkx's node-link form.
enum NodeLinkWriter {
    static func properties(_ values: [(String, String)]) -> String {
        values.map { "\(JSONText.quote($0.0)): \($0.1)" }.joined(separator: ", ")
    }

    static func entityFields(_ entity: Entity) -> [(String, String)] {
        var fields = [
            ("id", JSONText.quote(entity.id.rawValue)), ("kind", JSONText.quote(entity.kind.rawValue)),
            ("name", JSONText.quote(entity.name)),
        ]
        fields.append(("aliases", "[" + entity.aliases.map(JSONText.quote).joined(separator: ", ") + "]"))
        for (key, value) in entity.attributes.sorted(by: { $0.key < $1.key })
        where !["id", "kind", "name", "aliases"].contains(key) {
            fields.append((key, JSONText.quote(value)))
        }
        return fields
    }

    static func relationFields(_ relation: Relation, _ graph: ExportGraph) -> [(String, String)] {
        var fields = [
            ("id", JSONText.quote(relation.id)), ("source", JSONText.quote(relation.source.rawValue)),
            ("target", JSONText.quote(relation.target.rawValue)),
            ("kind", JSONText.quote(relation.kind.rawValue)),
        ]
        for (key, value) in relation.attributes.sorted(by: { $0.key < $1.key })
        where !["id", "source", "target", "kind", "evidence"].contains(key) {
            fields.append((key, JSONText.quote(value)))
        }
        fields.append(("evidence", graph.evidenceJSON(relation)))
        return fields
    }

    /// `{"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}`.
    static func cytoscape(_ graph: ExportGraph) -> String {
        var out = "{\"elements\": {\n  \"nodes\": ["
        out += graph.entities.map {
            "\n    {\"data\": {\(properties(entityFields($0) + [("label", JSONText.quote($0.name))]))}}"
        }.joined(separator: ",")
        out += "\n  ],\n  \"edges\": ["
        out += graph.relations.map { "\n    {\"data\": {\(properties(relationFields($0, graph)))}}" }.joined(
            separator: ",")
        out += "\n  ]\n}}\n"
        return out
    }

    /// networkx's node-link form of a directed multigraph, edges under "links".
    static func nodeLink(_ graph: ExportGraph) -> String {
        var out = "{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"dossier\"},\n  \"nodes\": ["
        out += graph.entities.map { "\n    {\(properties(entityFields($0)))}" }.joined(separator: ",")
        out += "\n  ],\n  \"links\": ["
        out += graph.relations.map { relation in
            "\n    {\(properties(relationFields(relation, graph) + [("key", JSONText.quote(relation.id))]))}"
        }.joined(separator: ",")
        out += "\n  ]\n}\n"
        return out
    }
}
