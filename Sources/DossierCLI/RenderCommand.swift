import ArgumentParser
import Dossier
import DossierFormats
import DossierRender
import DossierStore
import Foundation

/// `dossier render`: draws the graph, or part of it, through libgraphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph or part of it as SVG, PNG, PDF or DOT, in-process with libgraphviz.",
        discussion: """
            Each kind of entity has its own shape and colour (the legend names them); events show \
            their type and date; an event someone denies is dashed and red with "denied by …"; \
            reported links are drawn lighter than facts. The format comes from the output file's \
            extension unless --format says otherwise; with no file, SVG goes to standard output.

            A whole graph (no --focus or --path) is packed: each connected group is laid out, the \
            groups are packed together, entities linked to nothing go in a block underneath (or are \
            left out with --hide-isolated), and the sources are named in a line under the legend. \
            --page fits a PNG or PDF to a sheet, landscape or portrait by the drawing's shape.

            Without --layout, a focus or path drawing uses dot up to \(LayoutEngine.layeredLimit) \
            entities; a whole graph uses neato up to that size; larger drawings use sfdp (said on \
            standard error). `dossier doctor` lists the layouts and formats this machine has.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(
        name: .shortAndLong, help: ArgumentHelp("The file to write (written whole or not at all).", valueName: "file"))
    var output: String?

    @Option(help: "dot, svg, png or pdf (default: from the file's extension, else svg).")
    var format: RenderFormat?

    @Option(help: "dot, neato, fdp, sfdp, circo or twopi (default: by size).")
    var layout: LayoutEngine?

    @OptionGroup var subset: SubsetOptions

    @Option(help: ArgumentHelp("Group entities in boxes by the country they belong to.", valueName: "country"))
    var cluster: ClusterKey?

    @Option(help: "Refuse drawings with more entities than this.")
    var maxNodes = 2_000

    @Option(help: ArgumentHelp("A title drawn above the diagram.", valueName: "text"))
    var title: String?

    @Option(
        help: ArgumentHelp(
            "Fit the drawing to a sheet: a4, a3, letter, legal, or WxH with mm, cm or in (297x210mm).",
            valueName: "size"))
    var page: PageSize?

    @Flag(help: "Leave out the entities linked to nothing.")
    var hideIsolated = false

    @Flag(help: "Do not name the sources under the legend.")
    var noSources = false

    /// What `--cluster` groups by.
    enum ClusterKey: String, ExpressibleByArgument, CaseIterable {
        case country
    }

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1 (it was \(maxNodes)).") }
        if let output, format == nil, RenderFormat(fileName: output) == nil {
            throw ValidationError(
                "cannot tell the format from \"\(output)\"; end it in .svg, .png, .pdf or .dot, or give --format.")
        }
    }

    func run() throws {
        let chosenFormat = format ?? output.flatMap(RenderFormat.init(fileName:)) ?? .svg
        let store = try storeOptions.openForReading()
        let selection = try subset.select(from: store)
        var options = selection.options
        options.clusterByCountry = cluster == .country
        if let title { options.title = title }
        if !noSources { options.footer = DiagramSources.line(for: selection.subgraph, in: selection.graph) }
        let whole = subset.isWholeGraph
        let engine: LayoutEngine
        if let layout {
            engine = layout
        } else {
            engine = LayoutEngine.automatic(forEntities: selection.subgraph.entities.count, whole: whole)
            if engine == .sfdp && chosenFormat != .dot {
                Terminal.note(
                    "layout: \(engine.rawValue), chosen for \(selection.subgraph.entities.count) entities "
                        + "(dot is slow past \(LayoutEngine.layeredLimit)); choose one with --layout.")
            }
        }
        let renderer = DiagramRenderer(maximumEntities: maxNodes)
        let arrangement = DiagramRenderer.Arrangement(
            packed: whole && cluster == nil, hideIsolated: hideIsolated, page: page)
        let bytes = try renderer.render(
            selection.subgraph, in: selection.graph, format: chosenFormat, layout: engine, options: options,
            arrangement: arrangement)
        if let output {
            try OutputFile.write(bytes, to: output)
            Terminal.note(
                "wrote \(Terminal.safe(output)) (\(chosenFormat.rawValue), \(selection.subgraph.entities.count) entities, "
                    + "\(selection.subgraph.relations.count) relations)")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
