public import Dossier

/// The formats `dossier export` writes, besides the interchange JSON.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The JSON interchange form (`dossier-graph/1`).
    case json
    /// GraphML with typed keys (yEd, Gephi, networkx).
    case graphml
    /// GEXF 1.3 (Gephi), event dates as spells.
    case gexf
    /// Cytoscape.js elements JSON.
    case cytoscape
    /// networkx / d3 node-link JSON.
    case nodeLink = "node-link"
    /// A nodes.csv and edges.csv pair that `dossier build` reads back.
    case csv
    /// A Cypher script of MERGE statements.
    case cypher
    /// CSV files in `neo4j-admin database import` form.
    case neo4jCSV = "neo4j-csv"
    /// A Mermaid `graph LR` block.
    case mermaid
    /// FollowTheMoney entities, one JSON object a line.
    case ftm
    /// A Cypher script in Kuzu's dialect: tables declared, then the data.
    case kuzu

    /// Whether the format is written as several files into a folder.
    public var isFolder: Bool { self == .csv || self == .neo4jCSV }

    /// The files of the export: a single unnamed one, or names and texts.
    public func files(
        documents: [Document], entities: [Entity], relations: [Relation]
    ) -> [(name: String, text: String)] {
        let graph = ExportGraph(documents: documents, entities: entities, relations: relations)
        switch self {
        case .json:
            return [("", JSONGraphWriter().write(documents: documents, entities: entities, relations: relations))]
        case .graphml: return [("", GraphMLWriter.write(graph))]
        case .gexf: return [("", GEXFWriter.write(graph))]
        case .cytoscape: return [("", NodeLinkWriter.cytoscape(graph))]
        case .nodeLink: return [("", NodeLinkWriter.nodeLink(graph))]
        case .csv: return CSVGraphWriter.files(graph)
        case .cypher: return [("", CypherWriter.write(graph))]
        case .neo4jCSV: return Neo4jCSVWriter.files(graph)
        case .mermaid: return [("", MermaidWriter.write(graph))]
        case .ftm: return [("", FtMWriter.write(graph))]
        case .kuzu: return [("", KuzuWriter.write(graph))]
        }
    }
}

/// The graph an exporter writes: sorted, with the attribute names in use.
struct ExportGraph {
    let documents: [Document]
    let entities: [Entity]
    let relations: [Relation]
    /// Attribute names of entities, sorted.
    let entityAttributes: [String]
    /// Attribute names of relations, sorted.
    let relationAttributes: [String]
    /// Each document's path, by id.
    let paths: [DocumentID: String]

    init(documents: [Document], entities: [Entity], relations: [Relation]) {
        self.documents = documents.sorted { $0.id < $1.id }
        self.entities = entities.sorted { $0.id < $1.id }
        self.relations = relations.map { ($0.id, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        entityAttributes = Set(entities.flatMap(\.attributes.keys)).sorted()
        relationAttributes = Set(relations.flatMap(\.attributes.keys)).sorted()
        paths = Dictionary(documents.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
    }

    /// Evidence as compact JSON: `[{"document": path, "sentence": …}]`.
    func evidenceJSON(_ relation: Relation) -> String {
        "["
            + relation.evidence.map { item in
                "{\"document\":\(JSONText.quote(paths[item.document] ?? item.document.rawValue)),"
                    + "\"sentence\":\(JSONText.quote(item.sentence)),\"start\":\(item.start),\"end\":\(item.end)}"
            }.joined(separator: ",") + "]"
    }
}

/// Text made safe for XML content and attributes: markup characters as
/// entities, characters XML 1.0 forbids dropped.
func xmlEscape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\n": out += "&#10;"
        case "\r": out += "&#13;"
        case "\t": out += "&#9;"
        default:
            let value = scalar.value
            if value < 0x20 || (0xD800...0xDFFF).contains(value) || value == 0xFFFE || value == 0xFFFF { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
