public import Dossier
import DossierExtraction
import DossierFormats
import DossierStore
import Foundation

/// `dossier merge`: joins fragments (`dossier extract`'s output, or merges
/// of them) with the rules of `dossier build` — one person however named,
/// one office per role and body, one event per happening, evidence from
/// each article — because a build reads its articles into the same
/// fragments and adds them to the same session.
///
/// Merging is associative: ``fragment(paths:)`` of some fragments, merged
/// with the rest, gives the graph that merging them all at once gives.
///
/// ```swift
/// let merge = FragmentMerge()
/// let partial = try merge.fragment(paths: ["part-0.fragments.jsonl", "part-1.fragments.jsonl"])
/// let json = try merge.interchange(paths: ["all.fragments.jsonl"]).json
/// ```
public struct FragmentMerge: Sendable {
    /// Lexicon files the articles were read with, besides the built-in lexicon.
    public var lexiconFiles: [String]

    /// A merge reading with the built-in lexicon and `lexiconFiles`.
    public init(lexiconFiles: [String] = []) {
        self.lexiconFiles = lexiconFiles
    }

    /// One fragment line holding every article of the fragment files at
    /// `paths` (folders expanded), each article once, with the failures
    /// they carry; and what the user should hear of.
    ///
    /// - Throws: ``ExtractionError/invalidFragment(path:line:message:)``
    ///   naming the line cut short, or read by another builder.
    public func fragment(paths: [String]) throws -> (line: String, articles: Int, warnings: [TextProblem]) {
        var session = ExtractionSession(
            builder: TextGraphBuilder(lexicon: try StoreBuild.lexicon(adding: lexiconFiles)))
        var warnings: [TextProblem] = []
        let collector = SourceCollector()
        for path in try collector.paths(at: paths) {
            let file = try collector.readFile(path)
            guard try collector.kind(of: file) == .fragments else { throw Self.notFragments(path) }
            warnings += try FragmentFile.add(file, to: &session, skipping: [])
        }
        return (session.fragment.jsonLine(), session.documentCount, warnings)
    }

    /// The merged graph of the fragment files at `paths` in the
    /// interchange form (`dossier-graph/1`), exactly what `dossier build`
    /// of the same articles and then `dossier export --format json` write.
    ///
    /// - Throws: as ``fragment(paths:)``.
    public func interchange(paths: [String]) throws -> (json: String, result: BuildResult) {
        let collector = SourceCollector()
        for path in try collector.paths(at: paths) where try collector.kind(of: collector.readFile(path)) != .fragments
        {
            throw Self.notFragments(path)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let storePath = folder.appendingPathComponent("merge.sqlite").path
        let result = try StoreBuild(storePath: storePath, lexiconFiles: lexiconFiles).run(paths: paths)
        let draft = try GraphStore(path: storePath, access: .readOnly).snapshot()
        let files = ExportFormat.json.files(
            documents: draft.sortedDocuments, entities: draft.sortedEntities, relations: draft.sortedRelations)
        return (files[0].text, result)
    }

    /// The error for a file that holds no fragments.
    private static func notFragments(_ path: String) -> FormatError {
        .invalid(
            SourceLocation(path: path, bytes: [], offset: 0),
            problem: "this file holds no fragments (\(SourceCollector.fragmentFormat) lines)",
            fix:
                "Give merge what `dossier extract` or `dossier merge --fragment` wrote; build other files with `dossier build`."
        )
    }
}
