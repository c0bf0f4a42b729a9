import ArgumentParser
import Dossier
import DossierFormats
import DossierRender
import DossierStore
import Foundation

/// `dossier export`: writes the graph in an interchange format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph, or part of it, for other tools.",
        discussion: """
            json: the Dossier interchange form (dossier-graph/1), which `dossier build` reads back losing \
            nothing. graphml (yEd, Gephi, networkx), gexf (Gephi, GEXF 1.3, event dates as spells), \
            cytoscape (Cytoscape.js elements), node-link (networkx/d3), csv (a nodes.csv and edges.csv \
            pair that `dossier build` reads; -o names a folder), cypher (MERGE statements for Neo4j), \
            neo4j-csv (neo4j-admin import files; -o names a folder), mermaid (a graph LR block), dot \
            (what `dossier render` draws), ftm (FollowTheMoney entities a line, for Aleph and the ftm \
            tools; `dossier build` reads them back; see docs/formats.md), kuzu (a Cypher script in Kuzu's \
            dialect: CREATE NODE/REL TABLE, then the data). Every entity and relation keeps its kind, attributes and \
            evidence. Files are written whole or not at all.
            """)

    /// The formats `export` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, graphml, gexf, cytoscape
        case nodeLink = "node-link"
        case csv, cypher
        case neo4jCSV = "neo4j-csv"
        case mermaid, dot, ftm, kuzu
    }

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The output format (\(Format.allCases.map(\.rawValue).joined(separator: ", "))).")
    var format: Format = .json

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write to this file (a folder for csv and neo4j-csv) instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var subset: SubsetOptions

    func validate() throws {
        if (format == .csv || format == .neo4jCSV) && output == nil {
            throw ValidationError("--format \(format.rawValue) writes two files: name a folder with -o.")
        }
    }

    func run() throws {
        let store = try storeOptions.openForReading()
        let whole = subset.focus == nil && subset.path.isEmpty && subset.kinds.isEmpty && subset.relations.isEmpty
        let documents: [Document]
        let entities: [Entity]
        let relations: [Relation]
        let graph: Graph
        let chosen: Subgraph
        if whole {
            let draft = try store.snapshot()
            documents = draft.sortedDocuments
            entities = draft.sortedEntities
            relations = draft.sortedRelations
            graph = try Graph(draft)
            chosen = Subgraph(start: [], entities: graph.entities, relations: graph.relations, distances: [:])
        } else {
            let selection = try subset.select(from: store)
            graph = selection.graph
            chosen = selection.subgraph
            entities = chosen.entities
            relations = chosen.relations
            let used = Set(relations.flatMap { $0.evidence.map(\.document) })
            documents = graph.documents.values.filter { used.contains($0.id) }.sorted { $0.id < $1.id }
        }
        let files: [(name: String, text: String)]
        if format == .dot {
            files = [("", DOTWriter().write(chosen, in: graph))]
        } else {
            let exporter = ExportFormat(rawValue: format.rawValue)!
            files = exporter.files(documents: documents, entities: entities, relations: relations)
        }
        guard let output else {
            print(files[0].text, terminator: "")
            return
        }
        if files.count == 1 && files[0].name.isEmpty {
            try OutputFile.write(files[0].text, to: output)
            return
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
            throw FormatError.fileSystem(path: output, reason: "is a file; --format \(format.rawValue) needs a folder.")
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw FormatError.fileSystem(path: output, reason: "the folder cannot be made. Choose another path.")
        }
        for file in files { try OutputFile.write(file.text, to: output + "/" + file.name) }
        Terminal.note("wrote \(files.map { Terminal.safe(output + "/" + $0.name) }.joined(separator: ", "))")
    }
}
