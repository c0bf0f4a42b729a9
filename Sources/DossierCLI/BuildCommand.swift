import ArgumentParser
import Dossier
import DossierBuild
import DossierExtraction
import DossierStore

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
            attributes). Also reads FollowTheMoney entity lines (.ftm.json, .jsonl, .ijson, as Aleph and \
            OpenSanctions publish them). Gzipped files (.gz) are read as what they hold. A folder gives \
            every such file it holds.

            Built together with articles, a list's people and organizations join the articles' ones \
            that have the same name (word order, case and accents aside; never one word alone) and agree \
            on a country or a birth date; each join is printed with its reason and kept in the entity's \
            listMatch attribute. A "different" pair in a facts file keeps the two apart.

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
        let build = StoreBuild(
            storePath: storeOptions.path, busyTimeout: storeOptions.busyTimeout, lexiconFiles: lexicon)
        var progress: ProgressLine?
        let result = try build.run(paths: paths) { step in
            switch step {
            case .read(let done, let total):
                if progress == nil { progress = ProgressLine(total: total, verb: "read", noun: "files") }
                progress?.advance(to: done)
                if done == total { progress?.finish() }
            case .joining(let articles):
                if progress?.isShown == true {
                    Terminal.note("joining what \(Terminal.grouped(articles)) articles say")
                }
            case .writing(let store):
                if progress?.isShown == true { Terminal.note("writing to \(Terminal.safe(store))") }
            }
        }
        let summary = result.summary
        for warning in result.warnings {
            Terminal.note("warning: \(Terminal.safe(warning.description))")
        }
        if json {
            try Terminal.printJSON(
                BuildReport(
                    store: result.store, files: result.files, skipped: result.skipped,
                    documentsAdded: summary.documentsAdded, entitiesAdded: summary.entitiesAdded,
                    entitiesMerged: summary.entitiesMerged, relationsAdded: summary.relationsAdded,
                    relationsMerged: summary.relationsMerged, warnings: result.warnings.map(\.description),
                    listMatches: result.listMatches, listNotes: result.listNotes))
            return
        }
        for path in result.skipped {
            Terminal.note("skipped \(Terminal.safe(path)): already in the store")
        }
        for match in result.listMatches {
            Terminal.note("joined with a list entry: \(Terminal.safe(match.summary))")
        }
        for note in result.listNotes {
            Terminal.note("list: \(Terminal.safe(note))")
        }
        for correction in summary.unmatchedCorrections {
            Terminal.note("kept for later builds (its names match nothing yet): \(Terminal.safe(correction.summary))")
        }
        print(
            "Built \(Terminal.count(result.files, "file", "files")) into \(Terminal.safe(result.store)): "
                + "\(summary.entitiesAdded) new entities (\(summary.entitiesMerged) merged), "
                + "\(summary.relationsAdded) new relations (\(summary.relationsMerged) merged), "
                + "\(Terminal.count(summary.documentsAdded, "new document", "new documents")).")
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
        var warnings: [String]
        var listMatches: [ListMatch]
        var listNotes: [String]
    }
}
