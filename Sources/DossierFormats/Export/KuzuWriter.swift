import Dossier

/// A Cypher script in Kuzu's dialect: Kuzu wants its tables declared before
/// data (a node table per entity kind, a relationship table per relation
/// kind with the pairs of kinds it joins) and has no `MERGE … SET n += map`,
/// so the Neo4j script does not load there.
enum KuzuWriter {
    /// A string literal as Kuzu's parser reads it.
    static func literal(_ text: String) -> String { CypherWriter.literal(text, escapingControls: false) }

    /// A column name: backquoted, with backquotes it may hold made harmless.
    static func column(_ name: String) -> String {
        "`" + name.replacingCharacters("`", with: "_") + "`"
    }

    /// Columns every node table has besides the entity's attributes.
    static let entityColumns: Set<String> = ["id", "name", "kind", "aliases"]
    /// Columns every relationship table has besides the relation's attributes.
    static let relationColumns: Set<String> = ["id", "evidence"]

    static func write(_ graph: ExportGraph) -> String {
        var out = "// Dossier graph for Kuzu: \(graph.entities.count) entities, \(graph.relations.count) relations.\n"
        let kinds = EntityKind.allCases.filter { kind in graph.entities.contains { $0.kind == kind } }
        for kind in kinds {
            let label = CypherWriter.labels[kind]!
            let attributes = Set(graph.entities.filter { $0.kind == kind }.flatMap(\.attributes.keys))
                .subtracting(entityColumns).sorted()
            let columns =
                ["id STRING PRIMARY KEY", "name STRING", "kind STRING", "aliases STRING[]"]
                + attributes.map { column($0) + " STRING" }
            out += "CREATE NODE TABLE \(label)(\(columns.joined(separator: ", ")));\n"
        }
        for kind in RelationKind.allCases {
            let relations = graph.relations.filter { $0.kind == kind }
            guard !relations.isEmpty else { continue }
            var pairs: [String] = []
            for relation in relations {
                let pair =
                    "FROM \(CypherWriter.labels[relation.source.kind]!) TO \(CypherWriter.labels[relation.target.kind]!)"
                if !pairs.contains(pair) { pairs.append(pair) }
            }
            let attributes = Set(relations.flatMap(\.attributes.keys)).subtracting(relationColumns).sorted()
            let columns = pairs + ["id STRING"] + attributes.map { column($0) + " STRING" } + ["evidence STRING"]
            out += "CREATE REL TABLE \(CypherWriter.type(kind))(\(columns.joined(separator: ", ")));\n"
        }
        for entity in graph.entities {
            var values = [
                "id: \(literal(entity.id.rawValue))", "name: \(literal(entity.name))",
                "kind: \(literal(entity.kind.rawValue))",
                "aliases: [" + entity.aliases.map(literal).joined(separator: ", ") + "]",
            ]
            values += entity.attributes.sorted { $0.key < $1.key }.filter { !entityColumns.contains($0.key) }
                .map { column($0.key) + ": " + literal($0.value) }
            out += "CREATE (:\(CypherWriter.labels[entity.kind]!) {\(values.joined(separator: ", "))});\n"
        }
        for relation in graph.relations {
            var values = ["id: \(literal(relation.id))"]
            values += relation.attributes.sorted { $0.key < $1.key }.filter { !relationColumns.contains($0.key) }
                .map { column($0.key) + ": " + literal($0.value) }
            values.append("evidence: \(literal(graph.evidenceJSON(relation)))")
            out +=
                "MATCH (a:\(CypherWriter.labels[relation.source.kind]!) {id: \(literal(relation.source.rawValue))}), "
            out += "(b:\(CypherWriter.labels[relation.target.kind]!) {id: \(literal(relation.target.rawValue))}) "
            out += "CREATE (a)-[:\(CypherWriter.type(relation.kind)) {\(values.joined(separator: ", "))}]->(b);\n"
        }
        return out
    }
}
