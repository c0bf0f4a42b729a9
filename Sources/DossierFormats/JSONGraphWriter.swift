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
        var out = "{\n  \"format\": \(JSONText.quote(JSONGraphReader.formatName)),\n"
        out += "  \"documents\": "
        appendList(documents.sorted { $0.id < $1.id }, to: &out) { document, line in
            line += "{\"id\": \(JSONText.quote(document.id.rawValue)), \"title\": \(JSONText.quote(document.title)), "
            line += "\"path\": \(JSONText.quote(document.path)), \"date\": "
            line += document.date.map(JSONText.quote) ?? "null"
            line += "}"
        }
        out += ",\n  \"entities\": "
        appendList(entities, to: &out) { entity, line in
            line +=
                "{\"id\": \(JSONText.quote(entity.id.rawValue)), \"kind\": \(JSONText.quote(entity.kind.rawValue)), "
            line += "\"name\": \(JSONText.quote(entity.name)), \"aliases\": ["
            line += entity.aliases.map(JSONText.quote).joined(separator: ", ")
            line += "], \"attributes\": \(Self.object(entity.attributes))}"
        }
        out += ",\n  \"relations\": "
        appendList(relations, to: &out) { relation, line in
            line += "{\"id\": \(JSONText.quote(relation.id)), \"kind\": \(JSONText.quote(relation.kind.rawValue)), "
            line += "\"source\": \(JSONText.quote(relation.source.rawValue)), "
            line += "\"target\": \(JSONText.quote(relation.target.rawValue)), "
            line += "\"attributes\": \(Self.object(relation.attributes)), \"evidence\": ["
            line += relation.evidence.map { item in
                "{\"document\": \(JSONText.quote(item.document.rawValue)), \"sentence\": \(JSONText.quote(item.sentence)), "
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
            + map.sorted { $0.key < $1.key }.map { "\(JSONText.quote($0.key)): \(JSONText.quote($0.value))" }
            .joined(separator: ", ") + "}"
    }
}
