import ArgumentParser
import DossierBuild
import DossierExtraction
import DossierFormats
import Foundation

/// `dossier extract`: articles in, one fragment line per article out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles into fragments, one JSON line each, without a store.",
        discussion: """
            The map step of a build over many machines (see scale/README.md): each article's people, \
            offices, organizations, places, events and relations with their evidence sentences, nothing \
            joined across articles. The same article always gives the same line. `dossier merge` joins \
            fragments exactly as `dossier build` joins articles, so building and extracting-then-merging \
            give the same graph. The form is documented in docs/fragments.md.

            Paths name article files or folders (.txt, .md, .html); the n-th file gets order n, as in a \
            build. With no path, or -, standard input gives one JSON object a line: \
            {"id": "...", "text": "...", "date": "yyyy-mm-dd", "path": "...", "order": 7}; id and text \
            are required. A line that is no such object becomes a failure line naming its id and why, is \
            reported on standard error, and the rest go on; merges carry failures forward and report them.
            """)

    @Argument(
        help: ArgumentHelp(
            "Article files or folders; none, or -, reads JSON lines from standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(
        help: ArgumentHelp(
            "A lexicon file to read articles with, besides the built-in one (repeatable).", valueName: "file"))
    var lexicon: [String] = []

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the fragments to this file instead of standard output.", valueName: "path"))
    var output: String?

    func run() throws {
        let extractor = try ArticleExtractor(lexiconFiles: lexicon)
        let start = Date()
        var sink = LineSink(path: output)
        let summary: ArticleExtractor.Summary
        if paths.isEmpty || paths == ["-"] {
            summary = extractor.extract(jsonLines: { readLine(strippingNewline: true) }) { sink.write($0) }
        } else {
            summary = try extractor.extract(files: paths) { sink.write($0) }
        }
        try sink.finish()
        for failure in summary.failures {
            Terminal.note("skipped article \(Terminal.safe(failure.name)): \(Terminal.safe(failure.reason))")
        }
        let seconds = Date().timeIntervalSince(start)
        let failed =
            summary.failures.isEmpty
            ? "" : "; \(Terminal.count(summary.failures.count, "article", "articles")) could not be read"
        Terminal.note(
            "extracted \(Terminal.count(summary.articles, "article", "articles")) "
                + "(\(Terminal.grouped(summary.words)) words) in \(String(format: "%.1f", seconds)) s\(failed)")
    }
}

/// Lines to standard output as they come, or to a file written whole at the end.
struct LineSink {
    let path: String?
    private var lines: [String] = []

    init(path: String?) { self.path = path }

    mutating func write(_ line: String) {
        if path == nil {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        } else {
            lines.append(line)
        }
    }

    func finish() throws {
        guard let path else { return }
        try OutputFile.write(lines.map { $0 + "\n" }.joined(), to: path)
    }
}
