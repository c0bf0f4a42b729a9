public import Dossier

/// Writes a graph in the JSON interchange form (`dossier-graph/1`).
///
/// Output is byte-stable: keys in the schema's order, attributes by name,
/// documents, entities and relations by id, one item a line.
public struct JSONGraphWriter: Sendable {
    /// A writer.
    public init() {}

    /// The interchange text of a graph's documents, entities and relations.
    /// - Complexity: O(*n* + *m*) in the size of the graph.
    public func write(documents: [Document], entities: [Entity], relations: [Relation]) -> String {
        var out = "{\n  \"format\": \(Self.quote(JSONGraphReader.formatName)),\n"
        out += "  \"documents\": "
        appendList(documents.sorted { $0.id < $1.id }, to: &out) { document, line in
            line += "{\"id\": \(Self.quote(document.id.rawValue)), \"title\": \(Self.quote(document.title)), "
            line += "\"path\": \(Self.quote(document.path)), \"date\": "
            line += document.date.map(Self.quote) ?? "null"
            line += "}"
        }
        out += ",\n  \"entities\": "
        appendList(entities, to: &out) { entity, line in
            line += "{\"id\": \(Self.quote(entity.id.rawValue)), \"kind\": \(Self.quote(entity.kind.rawValue)), "
            line += "\"name\": \(Self.quote(entity.name)), \"aliases\": ["
            line += entity.aliases.map(Self.quote).joined(separator: ", ")
            line += "], \"attributes\": \(Self.object(entity.attributes))}"
        }
        out += ",\n  \"relations\": "
        appendList(relations, to: &out) { relation, line in
            line += "{\"id\": \(Self.quote(relation.id)), \"kind\": \(Self.quote(relation.kind.rawValue)), "
            line += "\"source\": \(Self.quote(relation.source.rawValue)), "
            line += "\"target\": \(Self.quote(relation.target.rawValue)), "
            line += "\"attributes\": \(Self.object(relation.attributes)), \"evidence\": ["
            line += relation.evidence.map { item in
                "{\"document\": \(Self.quote(item.document.rawValue)), \"sentence\": \(Self.quote(item.sentence)), "
                    + "\"start\": \(item.start), \"end\": \(item.end)}"
            }.joined(separator: ", ")
            line += "]}"
        }
        out += "\n}\n"
        return out
    }

    /// The interchange text of a draft.
    public func write(_ draft: GraphDraft) -> String {
        write(documents: draft.sortedDocuments, entities: draft.sortedEntities, relations: draft.sortedRelations)
    }

    /// The interchange text of an in-memory graph.
    public func write(_ graph: Graph) -> String {
        write(documents: Array(graph.documents.values), entities: graph.entities, relations: graph.relations)
    }

    // MARK: - Pieces

    private func appendList<Item>(_ items: [Item], to out: inout String, _ body: (Item, inout String) -> Void) {
        if items.isEmpty {
            out += "[]"
            return
        }
        out += "[\n"
        for (position, item) in items.enumerated() {
            out += "    "
            body(item, &out)
            out += position == items.count - 1 ? "\n" : ",\n"
        }
        out += "  ]"
    }

    static func object(_ map: [String: String]) -> String {
        if map.isEmpty { return "{}" }
        return "{"
            + map.sorted { $0.key < $1.key }.map { "\(quote($0.key)): \(quote($0.value))" }
            .joined(separator: ", ") + "}"
    }

    /// `text` as a JSON string literal; control characters, U+2028 and
    /// U+2029 are escaped so the output is also safe inside a script.
    public static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}", "\u{2029}", "\u{7F}"..."\u{9F}", "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }
}
