import ArgumentParser
import Dossier
import DossierBuild
import DossierFormats
import DossierStore
import Foundation

/// `dossier merge`: fragments in, the merged graph (or one merged fragment) out.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join fragments from `dossier extract` into one graph, as `dossier build` would.",
        discussion: """
            The reduce step of a build over many machines (see scale/README.md). People, offices and \
            events are joined across articles with the same rules as `dossier build`, evidence kept from \
            each article; an article found in two fragments counts once.

            Without --store or --fragment, writes the interchange JSON (what `dossier export --format \
            json` writes after building the same articles). With --store, merges into that store as a \
            build does. With --fragment, writes one fragment line holding every article given: merging \
            merged fragments again gives the same graph (partial merges per partition, then across them).

            Fragments read by another dossier (other rules or another lexicon) are refused, naming both \
            builder versions; a line cut short is an error naming its file and line, and nothing is \
            written. Articles the extractor could not read are listed on standard error.
            """)

    @Argument(help: ArgumentHelp("Fragment files or folders; none, or -, reads standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Merge into this store instead of writing JSON.", valueName: "path"))
    var store: String?

    @Flag(help: "Write one merged fragment line instead of the graph.")
    var fragment = false

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "A lexicon file the articles were read with, besides the built-in one (repeatable).", valueName: "file"))
    var lexicon: [String] = []

    func validate() throws {
        if store != nil && fragment { throw ValidationError("--store and --fragment exclude each other: choose one.") }
        if store != nil && output != nil { throw ValidationError("--store writes the store; leave out --output.") }
    }

    func run() throws {
        let (inputs, spool) = try Self.inputs(paths)
        defer { if let spool { try? FileManager.default.removeItem(atPath: spool) } }
        let merge = FragmentMerge(lexiconFiles: lexicon)
        if let store {
            let result = try StoreBuild(storePath: store, lexiconFiles: lexicon).run(paths: inputs)
            report(result.warnings.map(\.description))
            let summary = result.summary
            print(
                "Merged \(Terminal.count(summary.documentsAdded, "new article", "new articles")) into \(Terminal.safe(store)): "
                    + "\(summary.entitiesAdded) new entities (\(summary.entitiesMerged) merged), "
                    + "\(summary.relationsAdded) new relations (\(summary.relationsMerged) merged).")
            return
        }
        var sink = LineSink(path: output)
        if fragment {
            let merged = try merge.fragment(paths: inputs)
            report(merged.warnings.map(\.description))
            sink.write(merged.line)
        } else {
            let merged = try merge.interchange(paths: inputs)
            report(merged.result.warnings.map(\.description))
            sink.write(String(merged.json.dropLast(merged.json.hasSuffix("\n") ? 1 : 0)))
        }
        try sink.finish()
    }

    private func report(_ warnings: [String]) {
        for warning in warnings { Terminal.note("warning: \(Terminal.safe(warning))") }
    }

    /// The paths to read: those given, or standard input copied to a
    /// temporary fragment file (returned second, to be removed).
    static func inputs(_ paths: [String]) throws -> ([String], String?) {
        guard paths.isEmpty || paths == ["-"] else { return (paths, nil) }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("stdin-\(UUID().uuidString).fragments.jsonl").path
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard !data.isEmpty else {
            throw ValidationError(
                "standard input holds no fragments: give fragment files, or pipe `dossier extract` in.")
        }
        try OutputFile.write(Array(data), to: path)
        return ([path], path)
    }
}
