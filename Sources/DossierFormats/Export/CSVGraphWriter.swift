import Dossier

/// A nodes.csv and edges.csv pair in the form `dossier build` reads back.
enum CSVGraphWriter {
    /// A CSV field, quoted when it holds a comma, quote, or line break.
    static func field(_ text: String) -> String {
        let needsQuotes =
            text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        return needsQuotes ? "\"" + text.replacingCharacters("\"", with: "\"\"") + "\"" : text
    }

    static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }

    /// A column for an attribute: its name, or `attr:name` when the name
    /// is one of the pair's own columns.
    static func column(_ name: String, reserved: Set<String>) -> String {
        reserved.contains(name.lowercased()) || name.hasPrefix("attr:") ? "attr:" + name : name
    }

    static func files(_ graph: ExportGraph) -> [(name: String, text: String)] {
        let nodeColumns: Set<String> = ["id", "kind", "name", "aliases"]
        var nodes = row(
            ["id", "kind", "name", "aliases"] + graph.entityAttributes.map { column($0, reserved: nodeColumns) })
        for entity in graph.entities {
            nodes += row(
                [entity.id.rawValue, entity.kind.rawValue, entity.name, entity.aliases.joined(separator: "|")]
                    + graph.entityAttributes.map { entity.attributes[$0] ?? "" })
        }
        let attributes = graph.relationAttributes
        var edges = row(
            ["source", "target", "kind"] + attributes.map { column($0, reserved: ["source", "target", "kind"]) })
        for relation in graph.relations {
            edges += row(
                [relation.source.rawValue, relation.target.rawValue, relation.kind.rawValue]
                    + attributes.map { relation.attributes[$0] ?? "" })
        }
        return [("nodes.csv", nodes), ("edges.csv", edges)]
    }
}

extension String {
    func replacingCharacters(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { out += character == target ? replacement : String(character) }
        return out
    }
}
