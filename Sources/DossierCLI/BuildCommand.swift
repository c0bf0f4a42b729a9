import ArgumentParser
import Dossier
import DossierFormats
import DossierStore
import Foundation

/// `dossier build`: reads files into the store in one transaction.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read files and folders into the store.",
        discussion: """
            Reads the JSON interchange form (what `dossier export --format json` writes) and CSV pairs: \
            a nodes file with header id,kind,name (an optional aliases column splits on |; other columns \
            become attributes) and an edges file with header source,target,kind (other columns become \
            attributes). A folder gives every such file it holds.

            The whole build is one transaction: if any file is wrong, nothing is written and the error \
            names the file, line and column. A file whose bytes are already in the store is not built again.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let collector = SourceCollector()
        let files = try collector.files(at: paths)
        var known = Set<DocumentID>()
        let storePath = storeOptions.path
        let existed = FileManager.default.fileExists(atPath: storePath)
        if existed {
            let store = try storeOptions.openForReading()
            for file in files where try store.containsDocument(file.documentID) {
                if case .interchange = try collector.kind(of: file) { continue }
                known.insert(file.documentID)
            }
        }
        let source = try collector.read(files, skipping: known)
        let summary: GraphStore.MergeSummary
        do {
            let store = try GraphStore(path: storePath, access: .readWrite, busyTimeout: storeOptions.busyTimeout)
            summary = try store.merge(source.draft, origins: source.origins)
        } catch {
            if !existed { Self.removeStore(at: storePath) }
            throw error
        }
        let skipped = files.filter { known.contains($0.documentID) }.map(\.path)
        if json {
            try Terminal.printJSON(
                BuildReport(
                    store: storePath, files: files.count, skipped: skipped, documentsAdded: summary.documentsAdded,
                    entitiesAdded: summary.entitiesAdded, entitiesMerged: summary.entitiesMerged,
                    relationsAdded: summary.relationsAdded, relationsMerged: summary.relationsMerged))
            return
        }
        for path in skipped {
            Terminal.note("skipped \(Terminal.safe(path)): already in the store")
        }
        print(
            "Built \(Terminal.count(files.count, "file", "files")) into \(Terminal.safe(storePath)): "
                + "\(summary.entitiesAdded) new entities (\(summary.entitiesMerged) merged), "
                + "\(summary.relationsAdded) new relations (\(summary.relationsMerged) merged), "
                + "\(Terminal.count(summary.documentsAdded, "new document", "new documents")).")
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
