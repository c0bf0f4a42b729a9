import Dossier

/// A Cypher script of MERGE statements: a label per entity kind, a
/// relationship type per relation kind, every value an escaped literal.
enum CypherWriter {
    static let labels: [EntityKind: String] = [
        .person: "Person", .office: "Office", .organization: "Organization", .country: "Country", .place: "Place",
        .event: "Event",
    ]

    /// A Cypher string literal in single quotes: backslashes, quotes and
    /// control characters escaped, so no value can end a statement. With
    /// `escapingControls` false (Kuzu, which reads `\n` as the letter n),
    /// control characters are kept as they are and NUL is dropped.
    static func literal(_ text: String, escapingControls: Bool = true) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case _ where !escapingControls: if scalar != "\0" { out.unicodeScalars.append(scalar) }
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    /// A relation kind as a relationship type: `officeOf` → `OFFICE_OF`.
    static func type(_ kind: RelationKind) -> String {
        var out = ""
        for character in kind.rawValue {
            if character.isUppercase { out += "_" }
            out += character.uppercased()
        }
        return out
    }

    static func map(_ values: [(String, String)]) -> String {
        "{" + values.map { "`\($0.0.replacingCharacters("`", with: "``"))`: \(literal($0.1))" }.joined(separator: ", ")
            + "}"
    }

    static func write(_ graph: ExportGraph) -> String {
        var out = "// Dossier graph: \(graph.entities.count) entities, \(graph.relations.count) relations.\n"
        for label in labels.values.sorted() {
            out += "CREATE CONSTRAINT IF NOT EXISTS FOR (n:\(label)) REQUIRE n.id IS UNIQUE;\n"
        }
        for entity in graph.entities {
            var properties = [("name", entity.name), ("kind", entity.kind.rawValue)]
            properties += entity.attributes.sorted { $0.key < $1.key }.filter {
                !["id", "name", "kind", "aliases"].contains($0.key)
            }
            .map { ($0.key, $0.value) }
            out += "MERGE (n:\(labels[entity.kind]!) {id: \(literal(entity.id.rawValue))}) SET n += \(map(properties))"
            out += ", n.aliases = [" + entity.aliases.map { literal($0) }.joined(separator: ", ") + "];\n"
        }
        for relation in graph.relations {
            let source = labels[relation.source.kind]!
            let target = labels[relation.target.kind]!
            var properties = relation.attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            properties.append(("evidence", graph.evidenceJSON(relation)))
            out +=
                "MATCH (a:\(source) {id: \(literal(relation.source.rawValue))}), (b:\(target) {id: \(literal(relation.target.rawValue))}) "
            out +=
                "MERGE (a)-[r:\(type(relation.kind)) {id: \(literal(relation.id))}]->(b) SET r += \(map(properties));\n"
        }
        return out
    }
}

/// CSV files in the header form of `neo4j-admin database import` as its
/// manual documents it for the default options (`,` between fields, `"`
/// doubled inside quotes, `;` between array items): `id:ID`, `:LABEL`,
/// `:START_ID`, `:END_ID`, `:TYPE`, `aliases:string[]`, other properties
/// as strings. A `:` in an attribute's name would read as a type there, so
/// it is written `_`; a `;` inside an alias would split it, so it is
/// written `,`.
enum Neo4jCSVWriter {
    static func files(_ graph: ExportGraph) -> [(name: String, text: String)] {
        let row = CSVGraphWriter.row
        func property(_ name: String) -> String { name.replacing(":", with: "_") }
        let entityAttributes = graph.entityAttributes.filter { !["id", "name", "kind", "aliases"].contains($0) }
        var nodes = row(["id:ID", "name", "kind", "aliases:string[]"] + entityAttributes.map(property) + [":LABEL"])
        for entity in graph.entities {
            let aliases = entity.aliases.map { $0.replacing(";", with: ",") }
            nodes += row(
                [entity.id.rawValue, entity.name, entity.kind.rawValue, aliases.joined(separator: ";")]
                    + entityAttributes.map { entity.attributes[$0] ?? "" } + [CypherWriter.labels[entity.kind]!])
        }
        let relationAttributes = graph.relationAttributes.filter { !["id", "evidence"].contains($0) }
        var relationships = row(
            [":START_ID", ":END_ID", ":TYPE", "id"] + relationAttributes.map(property) + ["evidence"])
        for relation in graph.relations {
            relationships += row(
                [relation.source.rawValue, relation.target.rawValue, CypherWriter.type(relation.kind), relation.id]
                    + relationAttributes.map { relation.attributes[$0] ?? "" } + [graph.evidenceJSON(relation)])
        }
        return [("nodes.csv", nodes), ("relationships.csv", relationships)]
    }
}
