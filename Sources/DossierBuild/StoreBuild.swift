import Dossier
public import DossierExtraction
import DossierFormats
import DossierStore
import Foundation

/// One `dossier build`: reads files and folders — articles, the JSON
/// interchange form, CSV pairs, facts files — and merges what they say into
/// a store in one transaction.
///
/// ```swift
/// let build = StoreBuild(storePath: "story.sqlite")
/// let result = try build.run(paths: ["seeds/"]) { step in print(step) }
/// print(result.summary.entitiesAdded)
/// ```
///
/// A build that fails anywhere writes nothing: a store that existed is as it
/// was, and a store the build created is removed again.
public struct StoreBuild: Sendable {
    /// The store file.
    public var storePath: String
    /// Seconds to wait for another process writing the store.
    public var busyTimeout: Double
    /// Lexicon files to read articles with, besides the built-in lexicon.
    public var lexiconFiles: [String]

    /// A build into the store at `storePath`.
    public init(storePath: String, busyTimeout: Double = 30, lexiconFiles: [String] = []) {
        self.storePath = storePath
        self.busyTimeout = busyTimeout
        self.lexiconFiles = lexiconFiles
    }

    /// Reads `paths` (files, or folders of them) and merges them into the
    /// store; `progress` hears of each step of long work.
    ///
    /// - Throws: the first error of any file (naming it), or of the store;
    ///   nothing is written then.
    public func run(paths: [String], progress: (BuildProgress) -> Void = { _ in }) throws -> BuildResult {
        let collector = SourceCollector()
        let files = try collector.paths(at: paths)
        let existed = FileManager.default.fileExists(atPath: storePath)
        // One read-only handle for what the build asks of the store before writing.
        let reader = existed ? try GraphStore(path: storePath, access: .readOnly, busyTimeout: busyTimeout) : nil
        let stored = try reader?.documentIDs() ?? []
        var plan = BuildInputs(files: files, stored: stored)
        let summary: GraphStore.MergeSummary
        var problems: [TextProblem] = []
        if files.allSatisfy(FtMReader.isNamed) && !files.contains(where: Self.startsWithFragment) {
            // Lists alone stream into the store line by line, as CSV pairs do.
            summary = try withStore(existed: existed) { store in
                try store.load { sink in
                    for (number, path) in files.enumerated() {
                        problems += try FtMReader().stream(try collector.readFile(path), into: &sink)
                        progress(.read(done: number + 1, total: files.count))
                    }
                }
            }
        } else if files.allSatisfy({ $0.lowercased().hasSuffix(".csv") }) {
            try plan.readTables(with: collector, progress: progress)
            summary = try withStore(existed: existed) { store in
                try store.load { sink in
                    try CSVGraphReader().stream(
                        nodes: plan.nodeTables, edges: plan.edgeTables, skipping: plan.known,
                        document: { try sink.add($0) }, entity: { try sink.add($0) },
                        relation: { try sink.add($0, origin: $1) })
                }
            }
        } else {
            var source = try plan.read(with: collector, lexicon: lexicon, store: reader, progress: progress)
            try DeclaredRelations.resolve(in: &source, store: reader)
            progress(.writing(store: storePath))
            summary = try withStore(existed: existed) { store in
                try store.merge(
                    source.draft, origins: source.origins, corrections: source.facts.flatMap(\.corrections),
                    correctionSource: plan.factsFiles.joined(separator: ", "))
            }
        }
        return BuildResult(
            store: storePath, files: files.count, skipped: plan.skipped, summary: summary,
            warnings: problems + plan.problems,
            listMatches: plan.listMatches, listNotes: plan.listNotes)
    }

    /// Opens the store for writing and runs `body`; a store this build
    /// made is removed again when `body` fails.
    private func withStore(
        existed: Bool, _ body: (GraphStore) throws -> GraphStore.MergeSummary
    ) throws -> GraphStore.MergeSummary {
        do {
            let store = try GraphStore(path: storePath, access: .readWrite, busyTimeout: busyTimeout)
            return try body(store)
        } catch {
            if !existed { Self.removeStore(at: storePath) }
            throw error
        }
    }

    /// The built-in lexicon with each of ``lexiconFiles`` added.
    func lexicon() throws -> Lexicon { try Self.lexicon(adding: lexiconFiles) }

    /// The built-in lexicon with each of `files` added, as `--lexicon` reads them.
    ///
    /// - Throws: ``ExtractionError`` naming the line of a file that is wrong.
    public static func lexicon(adding files: [String]) throws -> Lexicon {
        var words = try Lexicon.standard()
        for path in files {
            let file = try SourceCollector().readFile(path)
            words = try words.adding(contentsOf: String(decoding: try file.utf8Bytes(), as: UTF8.self), path: path)
        }
        return words
    }

    /// Whether the file at `path` opens with a fragment line (a `.jsonl`
    /// file of fragments is no FtM list, though named like one).
    static func startsWithFragment(_ path: String) -> Bool {
        guard !path.lowercased().hasSuffix(".gz"), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        return SourceCollector.holdsFragments(path: path, bytes: Array(head))
    }

    /// Removes a store file (and its journal files) that a build made and
    /// could not fill.
    public static func removeStore(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
