import ArgumentParser
import Dossier
import DossierFormats
import DossierRender
import DossierStore
import Foundation

/// `dossier report`: one self-contained HTML page to hand to an editor.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: diagram, entity cards with evidence, timeline, sources.",
        discussion: """
            The page needs no network and opens from a file: the diagram is inline SVG (drag to pan, \
            scroll or the buttons to zoom, click an entity or a relation for its card); each entity's \
            card lists its aliases, attributes and every relation with the sentences that say it and \
            the document they are from; events someone denies are marked with who reports and who \
            denies them. A search box filters the cards by name or alias. --focus, --path and --kind \
            choose what the report is about, as they do for render.

            Past --max-nodes the diagram draws the most connected entities and says so; the cards \
            and the search keep everything. A link may open the page searched (story.html#search=NAME) \
            or with an entity chosen (story.html#select=ID).
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The HTML file to write (written whole or not at all).", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The report's title (default: from the selection).", valueName: "text"))
    var title: String?

    @OptionGroup var subset: SubsetOptions

    @Option(help: "Draw at most this many entities; the cards keep the rest.")
    var maxNodes = 2_000

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1 (it was \(maxNodes)).") }
        if output.isEmpty { throw ValidationError("-o needs a file name, such as story.html.") }
    }

    func run() throws {
        let store = try storeOptions.openForReading()
        let selection = try subset.select(from: store)
        let whole = subset.isWholeGraph
        let count = selection.subgraph.entities.count
        var options = selection.options
        options.footer = DiagramSources.line(for: selection.subgraph, in: selection.graph)
        let heading = title ?? selection.options.title ?? "Dossier report"
        let writer = ReportWriter(maximumDrawn: maxNodes)
        let page = try writer.write(
            selection.subgraph, in: selection.graph, title: heading, selection: whole ? nil : selection.options.title,
            layout: LayoutEngine.automatic(forEntities: min(count, maxNodes), whole: whole), options: options,
            arrangement: DiagramRenderer.Arrangement(packed: whole))
        try OutputFile.write(page, to: output)
        Terminal.note(
            "wrote \(Terminal.safe(output)) (report: \(Terminal.count(count, "entity", "entities")), "
                + "\(Terminal.count(selection.subgraph.relations.count, "relation", "relations")))")
    }
}
