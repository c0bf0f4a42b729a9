import ArgumentParser
import Dossier
import DossierExtraction
import DossierFormats
import DossierStore
import Foundation

/// `dossier build`: reads files into the store in one transaction.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read files and folders into the store.",
        discussion: """
            Reads articles (.txt, .md, .html): people, offices, organizations, countries, places and \
            events with who reports and who denies them, each relation with its evidence sentence. \
            Also reads the JSON interchange form (what `dossier export --format json` writes) and CSV pairs: \
            a nodes file with header id,kind,name (an optional aliases column splits on |; other columns \
            become attributes) and an edges file with header source,target,kind (other columns become \
            attributes). A folder gives every such file it holds.

            The whole build is one transaction: if any file is wrong, nothing is written and the error \
            names the file, line and column. A file whose bytes are already in the store is not built again.

            Files are read one at a time, so a folder of a million small articles builds in one go; from \
            1,000 files on, progress goes to standard error.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    @Option(
        help: ArgumentHelp(
            "A lexicon file to read articles with, besides the built-in one (repeatable): kind<TAB>name<TAB>aliases<TAB>country a line.",
            valueName: "file"))
    var lexicon: [String] = []

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let collector = SourceCollector()
        let paths = try collector.paths(at: self.paths)
        let storePath = storeOptions.path
        let existed = FileManager.default.fileExists(atPath: storePath)
        // One read-only handle for what the build asks of the store before writing.
        let reader = existed ? try storeOptions.openForReading() : nil
        let stored = try reader?.documentIDs() ?? []
        var progress = ProgressLine(total: paths.count, verb: "read", noun: "files")
        var known = Set<DocumentID>()
        var skipped: [String] = []
        let summary: GraphStore.MergeSummary
        if paths.allSatisfy({ $0.lowercased().hasSuffix(".csv") }) {
            // CSV pairs stream straight into the store: no draft, memory per entity only.
            var nodes: [SourceFile] = []
            var edges: [SourceFile] = []
            for (number, path) in paths.enumerated() {
                let file = try collector.readFile(path)
                if case .csv(let role) = try collector.kind(of: file) {
                    if role == .nodes { nodes.append(file) } else { edges.append(file) }
                }
                if stored.contains(file.documentID) {
                    known.insert(file.documentID)
                    skipped.append(path)
                }
                progress.advance(to: number + 1)
            }
            progress.finish()
            summary = try withStore(storePath, existed: existed) { store in
                try store.load { sink in
                    try CSVGraphReader().stream(
                        nodes: nodes, edges: edges, skipping: known, document: { try sink.add($0) },
                        entity: { try sink.add($0) }, relation: { try sink.add($0, origin: $1) })
                }
            }
        } else {
            // Files are read one at a time; an article's text is dropped once read.
            var source = BuildSource()
            var tables: [SourceFile] = []
            var session: ExtractionSession?
            var factsFiles: [String] = []
            for (number, path) in paths.enumerated() {
                let file = try collector.readFile(path)
                let kind = try collector.kind(of: file)
                let isKnown = kind != .interchange && stored.contains(file.documentID)
                if isKnown {
                    known.insert(file.documentID)
                    skipped.append(path)
                }
                switch kind {
                case .text(let isHTML) where !isKnown:
                    if session == nil {
                        session = ExtractionSession(builder: TextGraphBuilder(lexicon: try lexicons()))
                    }
                    let text = String(decoding: try file.utf8Bytes(), as: UTF8.self)
                    session?.add(TextDocument(id: file.documentID, path: file.path, text: text, isHTML: isHTML))
                case .text: break
                case .csv: tables.append(file)
                case .interchange: source.merge(try collector.read([file]))
                case .facts:
                    source.merge(try collector.read([file]))
                    factsFiles.append(path)
                }
                progress.advance(to: number + 1)
            }
            progress.finish()
            if !tables.isEmpty { source.merge(try collector.read(tables, skipping: known)) }
            if let session {
                var corrections = source.facts.flatMap(\.corrections)
                if let reader { corrections += try reader.corrections() }
                let keepApart = corrections.compactMap { correction -> (String, String)? in
                    if case .different(let first, let second) = correction { return (first, second) }
                    return nil
                }
                if progress.isShown {
                    Terminal.note("joining what \(Terminal.grouped(session.documentCount)) articles say")
                }
                let extracted = session.assemble(keepApart: keepApart)
                if source.draft.isEmpty { source.draft = extracted } else { source.draft.merge(extracted) }
            }
            try resolveDeclaredRelations(&source, store: reader)
            if progress.isShown { Terminal.note("writing to \(Terminal.safe(storePath))") }
            summary = try withStore(storePath, existed: existed) { store in
                try store.merge(
                    source.draft, origins: source.origins, corrections: source.facts.flatMap(\.corrections),
                    correctionSource: factsFiles.joined(separator: ", "))
            }
        }
        if json {
            try Terminal.printJSON(
                BuildReport(
                    store: storePath, files: paths.count, skipped: skipped, documentsAdded: summary.documentsAdded,
                    entitiesAdded: summary.entitiesAdded, entitiesMerged: summary.entitiesMerged,
                    relationsAdded: summary.relationsAdded, relationsMerged: summary.relationsMerged))
            return
        }
        for path in skipped {
            Terminal.note("skipped \(Terminal.safe(path)): already in the store")
        }
        for correction in summary.unmatchedCorrections {
            Terminal.note("kept for later builds (its names match nothing yet): \(Terminal.safe(correction.summary))")
        }
        print(
            "Built \(Terminal.count(paths.count, "file", "files")) into \(Terminal.safe(storePath)): "
                + "\(summary.entitiesAdded) new entities (\(summary.entitiesMerged) merged), "
                + "\(summary.relationsAdded) new relations (\(summary.relationsMerged) merged), "
                + "\(Terminal.count(summary.documentsAdded, "new document", "new documents")).")
    }

    /// Opens the store for writing and runs `body`; a store this build
    /// made is removed again when `body` fails.
    private func withStore(
        _ path: String, existed: Bool, _ body: (GraphStore) throws -> GraphStore.MergeSummary
    ) throws -> GraphStore.MergeSummary {
        do {
            let store = try GraphStore(path: path, access: .readWrite, busyTimeout: storeOptions.busyTimeout)
            return try body(store)
        } catch {
            if !existed { Self.removeStore(at: path) }
            throw error
        }
    }

    /// The built-in lexicon with each `--lexicon` file added.
    private func lexicons() throws -> Lexicon {
        var words = try Lexicon.standard()
        for path in lexicon {
            let file = try SourceCollector().readFile(path)
            words = try words.adding(contentsOf: String(decoding: try file.utf8Bytes(), as: UTF8.self), path: path)
        }
        return words
    }

    /// Turns the names at the ends of relations that facts files declare
    /// into entities: those the build holds (by name or alias), else those
    /// the store holds.
    private func resolveDeclaredRelations(_ source: inout BuildSource, store: GraphStore?) throws {
        let declared = source.facts.flatMap(\.relations)
        guard !declared.isEmpty else { return }
        var byName: [String: EntityID] = [:]
        for entity in source.draft.entities.values {
            for name in [entity.name] + entity.aliases { byName[name.lowercased()] = entity.id }
        }
        func resolve(_ name: String, _ origin: String) throws -> EntityID {
            if let id = byName[name.lowercased()] ?? EntityID(rawValue: name).flatMap({ source.draft.entities[$0]?.id })
            {
                return id
            }
            if let store {
                do {
                    return try store.resolve(name).id
                } catch StoreError.lookup(.noSuchEntity) {
                } catch { throw error }
            }
            throw GraphError.invalidQuery(
                "\(origin): the relation names \"\(name)\", which is neither declared in the facts file, found in this build, "
                    + "nor in the store. Declare it under \"entities\", or correct the name. Nothing was written.")
        }
        for item in declared {
            let relation = item.relation(
                from: try resolve(item.source, item.origin), to: try resolve(item.target, item.origin))
            source.draft.add(relation)
            source.origins[relation.key] = item.origin
        }
    }

    /// Removes a store file that this build made and could not fill.
    static func removeStore(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// The `--json` form of a build's result.
    struct BuildReport: Encodable {
        var store: String
        var files: Int
        var skipped: [String]
        var documentsAdded: Int
        var entitiesAdded: Int
        var entitiesMerged: Int
        var relationsAdded: Int
        var relationsMerged: Int
    }
}
