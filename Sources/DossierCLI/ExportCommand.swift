import ArgumentParser
import Dossier
import DossierFormats
import DossierRender
import DossierStore

/// `dossier export`: writes the graph in an interchange format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph in an interchange format.",
        discussion: """
            json: the Dossier interchange form (dossier-graph/1), which `dossier build` reads back \
            losing nothing. dot: the DOT text that `dossier render` draws. The output is written whole \
            or not at all.
            """)

    /// The formats `export` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case dot
    }

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The output format (\(Format.allCases.map(\.rawValue).joined(separator: ", "))).")
    var format: Format = .json

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let store = try storeOptions.openForReading()
        let draft = try store.snapshot()
        let text: String
        switch format {
        case .json: text = JSONGraphWriter().write(draft)
        case .dot:
            let graph = try Graph(draft)
            let subgraph = Subgraph(start: [], entities: graph.entities, relations: graph.relations, distances: [:])
            text = DOTWriter().write(subgraph, in: graph)
        }
        if let output {
            try OutputFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}
