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

            Without --layout, dot is used up to \(LayoutEngine.layeredLimit) entities and sfdp beyond \
            (said on standard error). `dossier doctor` lists the layouts and formats this machine has.
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
        let engine: LayoutEngine
        if let layout {
            engine = layout
        } else {
            engine = LayoutEngine.automatic(forEntities: selection.subgraph.entities.count)
            if engine != .dot && chosenFormat != .dot {
                Terminal.note(
                    "layout: \(engine.rawValue), chosen for \(selection.subgraph.entities.count) entities "
                        + "(dot is slow past \(LayoutEngine.layeredLimit)); choose one with --layout.")
            }
        }
        let renderer = DiagramRenderer(maximumEntities: maxNodes)
        let bytes = try renderer.render(
            selection.subgraph, in: selection.graph, format: chosenFormat, layout: engine, options: options)
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
