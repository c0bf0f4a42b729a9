/// What can go wrong reading or writing an interchange or source file.
public enum FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's content is wrong at a place: a syntax error, an unknown
    /// kind, a row of the wrong width. `fix` tells the user what to do.
    case invalid(SourceLocation, problem: String, fix: String)
    /// The file is not text in UTF-8 (or UTF-16 with a byte-order mark).
    case notText(path: String, byteOffset: Int)
    /// The file holds nothing, or only white space.
    case empty(path: String)
    /// The file is a kind that no builder reads.
    case unknownFileKind(path: String)
    /// A folder held no file that a builder reads.
    case noUsableFiles(folder: String)
    /// The file could not be read or written; `reason` says why.
    case fileSystem(path: String, reason: String)
    /// An export format is not known.
    case unknownFormat(String, known: [String])

    /// A message for the user: what failed, where, and how to fix it.
    public var description: String {
        switch self {
        case .invalid(let location, let problem, let fix):
            return "\(location): \(problem)\n\(location.excerpt)\n\(fix)"
        case .notText(let path, let offset):
            return "\(path): not UTF-8 text (the bytes at offset \(offset) are not valid UTF-8). "
                + "Save the file as UTF-8, or convert it with `iconv -t UTF-8`."
        case .empty(let path):
            return "\(path): the file is empty. Give a file with content, or leave it out."
        case .unknownFileKind(let path):
            return "\(path): Dossier does not know how to read this file. It reads the JSON interchange "
                + "form (.json), FollowTheMoney entities (.ftm.json, .jsonl, .ijson), CSV pairs (nodes.csv "
                + "with header id,kind,name; edges.csv with header source,target,kind) and articles "
                + "(.txt, .md, .html)."
        case .noUsableFiles(let folder):
            return "\(folder): the folder holds no file that Dossier reads (.json, .jsonl, .csv, .txt, .md, .html)."
        case .fileSystem(let path, let reason):
            return "\(path): \(reason)"
        case .unknownFormat(let name, let known):
            return "unknown format \"\(name)\". Known formats: \(known.joined(separator: ", "))."
        }
    }

}
