public import Dossier
import Foundation

/// Finds and reads the input files of a build: expands folders, reads each
/// file, tells which reader takes it, and reads them all into one draft.
public struct SourceCollector: Sendable {
    /// What a file is, for the build.
    public enum Kind: Sendable, Equatable {
        /// The JSON interchange form.
        case interchange
        /// A CSV file of entities or of relations.
        case csv(CSVGraphReader.Role)
        /// An article: plain text, Markdown or HTML.
        case text(isHTML: Bool)
        /// A facts file of declarations and corrections (JSON, `dossier-facts/1`).
        case facts
        /// FollowTheMoney entities, one JSON object a line.
        case ftm
        /// Articles already read: `dossier extract`'s fragments, one JSON object a line.
        case fragments
    }

    /// The format name in every fragment line (`dossier-fragment/1`).
    public static let fragmentFormat = "dossier-fragment/1"

    /// Whether a file holds fragments: named `.fragments.jsonl`, or a
    /// `.json`/`.jsonl` file whose first line names the fragment format.
    ///
    /// A fragment line opens with its first key (`{"articles":[`): a merged
    /// fragment's one line runs to hundreds of megabytes and names the
    /// format only at its end, so the opening is what tells it.
    public static func holdsFragments(path: String, bytes: [UInt8]) -> Bool {
        let lowered = Gzip.innerPath(path).lowercased()
        if lowered.hasSuffix(".fragments.jsonl") { return true }
        guard lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".json") else { return false }
        let first = String(
            decoding: bytes.prefix(65_536).split(separator: UInt8(ascii: "\n"), maxSplits: 1).first ?? [],
            as: UTF8.self)
        return first.hasPrefix("{\"articles\":[") || first.contains("\"\(fragmentFormat)\"")
    }

    /// File name endings that a folder is searched for.
    public static let knownExtensions: Set<String> = [
        "json", "jsonl", "ijson", "csv", "txt", "text", "md", "markdown", "html", "htm",
    ]

    /// A collector.
    public init() {}

    /// The files named by `paths`, folders expanded to the files they hold
    /// (recursively, hidden files left out, sorted by path), each read whole.
    ///
    /// - Throws: ``FormatError/fileSystem(path:reason:)`` for a path that does
    ///   not exist or cannot be read, ``FormatError/noUsableFiles(folder:)``
    ///   for a folder with nothing to read.
    public func files(at paths: [String]) throws(FormatError) -> [SourceFile] {
        var result: [SourceFile] = []
        for path in try self.paths(at: paths) { result.append(try readFile(path)) }
        return result
    }

    /// The paths of the files named by `paths`, folders expanded as in
    /// ``files(at:)`` but nothing read yet, so that a build of a million
    /// files can read them one at a time.
    ///
    /// - Throws: as ``files(at:)``.
    public func paths(at paths: [String]) throws(FormatError) -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw .fileSystem(path: path, reason: "no such file or folder. Check the path.")
            }
            if isFolder.boolValue {
                let found = try filesInFolder(path)
                guard !found.isEmpty else { throw .noUsableFiles(folder: path) }
                result += found
            } else {
                result.append(path)
            }
        }
        return result
    }

    /// Reads one whole file.
    ///
    /// - Throws: ``FormatError/fileSystem(path:reason:)`` when it cannot be read.
    public func readFile(_ path: String) throws(FormatError) -> SourceFile {
        try Self.readFile(path)
    }

    /// Which reader takes `file`.
    ///
    /// - Throws: ``FormatError/unknownFileKind(path:)`` when none does, and
    ///   ``FormatError/invalid(_:problem:fix:)`` for a CSV file whose header
    ///   is neither form of the pair.
    public func kind(of file: SourceFile) throws(FormatError) -> Kind {
        let lowered = Gzip.innerPath(file.path).lowercased()
        if Self.holdsFragments(path: file.path, bytes: file.bytes) {
            if file.bytes.isEmpty { throw .empty(path: file.path) }
            return .fragments
        }
        if FtMReader.recognises(path: file.path, bytes: file.bytes) {
            if file.bytes.isEmpty { throw .empty(path: file.path) }
            return .ftm
        }
        if lowered.hasSuffix(".json") {
            if file.bytes.isEmpty { throw .empty(path: file.path) }
            return FactsReader.recognizes(file.bytes) ? .facts : .interchange
        }
        if lowered.hasSuffix(".csv") {
            if let role = CSVGraphReader.role(of: file.bytes) { return .csv(role) }
            let bytes = try file.utf8Bytes()
            throw .invalid(
                SourceLocation(path: file.path, bytes: bytes, offset: 0),
                problem: "the CSV header is neither id,kind,name (entities) nor source,target,kind (relations)",
                fix: "Name the columns in the first line, for example id,kind,name or source,target,kind.")
        }
        for ending in [".txt", ".text", ".md", ".markdown"] where lowered.hasSuffix(ending) {
            return .text(isHTML: false)
        }
        for ending in [".html", ".htm"] where lowered.hasSuffix(ending) { return .text(isHTML: true) }
        throw .unknownFileKind(path: file.path)
    }

    /// Reads every structured file into one source, CSV nodes before CSV
    /// edges so an edge may name an entity from any nodes file of the same
    /// build; articles are handed back in ``BuildSource/texts`` for the
    /// text builder.
    ///
    /// - Parameter skipping: documents already in the store, which are not
    ///   built again (a nodes file among them still declares its ids).
    /// - Throws: the first ``FormatError`` of any file.
    public func read(_ files: [SourceFile], skipping: Set<DocumentID> = []) throws(FormatError) -> BuildSource {
        var source = BuildSource()
        var nodes: [SourceFile] = []
        var edges: [SourceFile] = []
        for file in files {
            switch try kind(of: file) {
            case .interchange: source.merge(try JSONGraphReader().read(file))
            case .ftm: source.merge(try FtMReader().read(file))
            case .csv(.nodes): nodes.append(file)
            case .csv(.edges): edges.append(file)
            case .text: if !skipping.contains(file.documentID) { source.texts.append(file) }
            case .fragments: source.fragments.append(file)
            case .facts:
                let facts = try FactsReader().read(file)
                source.draft.merge(facts.source.draft)
                source.facts.append(facts)
            }
        }
        if !nodes.isEmpty || !edges.isEmpty {
            source.merge(try CSVGraphReader().read(nodes: nodes, edges: edges, skipping: skipping))
        }
        return source
    }

    // MARK: - File system

    private func filesInFolder(_ folder: String) throws(FormatError) -> [String] {
        // A folder named through a symbolic link is walked where the link
        // points (the enumerator does not follow a link it starts at); the
        // paths handed back keep the name the user gave.
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: real) else {
            throw .fileSystem(path: folder, reason: "the folder cannot be read. Check its permissions.")
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let ending = (Gzip.innerPath(name) as NSString).pathExtension.lowercased()
            guard Self.knownExtensions.contains(ending) else { continue }
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: real + "/" + relative, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                found.append(path)
            }
        }
        return found.sorted()
    }

    /// Reads a whole file, wrapping Foundation's error with the path.
    static func readFile(_ path: String) throws(FormatError) -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.isReadableFile(atPath: path) {
                throw .fileSystem(path: path, reason: "the file cannot be read.")
            }
            throw .fileSystem(path: path, reason: "the file cannot be read: permission denied. Check its permissions.")
        }
        let bytes = [UInt8](data)
        if Gzip.isCompressed(bytes) { return SourceFile(path: path, bytes: try Gzip.decompress(bytes, path: path)) }
        return SourceFile(path: path, bytes: bytes)
    }
}
