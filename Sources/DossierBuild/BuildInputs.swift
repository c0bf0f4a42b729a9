import Dossier
import DossierExtraction
import DossierFormats
import DossierStore

/// The files of one build as they are read: which were built before, the
/// CSV tables, the facts files, and the draft the rest make.
struct BuildInputs {
    /// Every file the paths named, in order.
    let files: [String]
    /// The documents the store already holds.
    let stored: Set<DocumentID>
    /// The documents of this build the store already holds.
    private(set) var known = Set<DocumentID>()
    /// The paths of those documents.
    private(set) var skipped: [String] = []
    /// What the articles and FtM files held that was left out, by file and line.
    private(set) var problems: [TextProblem] = []
    /// The CSV node tables, for a build of CSV pairs alone.
    private(set) var nodeTables: [SourceFile] = []
    /// The CSV edge tables, for a build of CSV pairs alone.
    private(set) var edgeTables: [SourceFile] = []
    /// The facts files read, for the corrections' source.
    private(set) var factsFiles: [String] = []
    /// The articles' entities joined with list entries.
    private(set) var listMatches: [ListMatch] = []
    /// What the user should hear of the joins not made.
    private(set) var listNotes: [String] = []

    init(files: [String], stored: Set<DocumentID>) {
        self.files = files
        self.stored = stored
    }

    /// Notes a file whose bytes the store holds; true when it does.
    private mutating func skipIfStored(_ file: SourceFile, path: String) -> Bool {
        guard stored.contains(file.documentID) else { return false }
        known.insert(file.documentID)
        skipped.append(path)
        return true
    }

    /// Reads a build of CSV pairs alone: the tables are streamed into the
    /// store later, with no draft, memory per entity only.
    mutating func readTables(with collector: SourceCollector, progress: (BuildProgress) -> Void) throws {
        for (number, path) in files.enumerated() {
            let file = try collector.readFile(path)
            if case .csv(let role) = try collector.kind(of: file) {
                if role == .nodes { nodeTables.append(file) } else { edgeTables.append(file) }
            }
            _ = skipIfStored(file, path: path)
            progress(.read(done: number + 1, total: files.count))
        }
    }

    /// Reads every file, one at a time (an article's text is dropped once
    /// read), into one source: the interchange and facts files as they are,
    /// the CSV tables, and the articles' draft, joined with the corrections
    /// of the facts files and the store.
    mutating func read(
        with collector: SourceCollector, lexicon: () throws -> Lexicon, store: GraphStore?,
        progress: (BuildProgress) -> Void
    ) throws -> BuildSource {
        var source = BuildSource()
        var tables: [SourceFile] = []
        var session: ExtractionSession?
        var fragmentProblems: [TextProblem] = []
        for (number, path) in files.enumerated() {
            let file = try collector.readFile(path)
            let kind = try collector.kind(of: file)
            let isKnown = ![.interchange, .ftm, .fragments].contains(kind) && skipIfStored(file, path: path)
            switch kind {
            case .text(let isHTML) where !isKnown:
                if session == nil { session = ExtractionSession(builder: TextGraphBuilder(lexicon: try lexicon())) }
                let text = String(decoding: try file.utf8Bytes(), as: UTF8.self)
                session?.add(TextDocument(id: file.documentID, path: file.path, text: text, isHTML: isHTML))
            case .text: break
            case .fragments:
                if session == nil { session = ExtractionSession(builder: TextGraphBuilder(lexicon: try lexicon())) }
                if var reading = session {
                    session = nil
                    fragmentProblems += try FragmentFile.add(file, to: &reading, skipping: stored)
                    session = reading
                }
            case .csv: tables.append(file)
            case .interchange, .ftm: source.merge(try collector.read([file]))
            case .facts:
                source.merge(try collector.read([file]))
                factsFiles.append(path)
            }
            progress(.read(done: number + 1, total: files.count))
        }
        if !tables.isEmpty { source.merge(try collector.read(tables, skipping: known)) }
        problems = source.warnings + fragmentProblems
        if let session {
            var corrections = source.facts.flatMap(\.corrections)
            if let store { corrections += try store.corrections() }
            let keepApart = corrections.compactMap { correction -> (String, String)? in
                if case .different(let first, let second) = correction { return (first, second) }
                return nil
            }
            progress(.joining(articles: session.documentCount))
            let extracted = session.assemble(keepApart: keepApart)
            problems += session.problems
            let outcome = ListMatcher(keepApart: keepApart).join(list: &source, articles: extracted)
            listMatches = outcome.matches
            listNotes = outcome.notes
            if source.draft.isEmpty { source.draft = extracted } else { source.draft.merge(extracted) }
        }
        return source
    }
}
