/// What can go wrong extracting a graph from text.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The shipped lexicon could not be found or read.
    case missingResources(String)
    /// A user lexicon file has a bad line.
    case invalidLexicon(path: String, line: Int, message: String)
    /// A fragment line is not a fragment: cut short, or not written by `dossier extract`.
    case invalidFragment(path: String, line: Int, message: String)
    /// Fragments (or a fragment and this program) come from two builder versions.
    case builderMismatch(String, String)

    /// A message for the user: what failed and how to fix it.
    public var description: String {
        switch self {
        case .missingResources(let message):
            return "the text builder's lexicon is missing: \(message)."
        case .invalidLexicon(let path, let line, let message):
            return "\(path):\(line): \(message)."
        case .invalidFragment(let path, let line, let message):
            return "\(path):\(line): \(message). Extract the articles again with `dossier extract`."
        case .builderMismatch(let first, let second):
            return
                "fragments from two builder versions cannot be merged: \(first) and \(second). "
                + "Extract every article again with one dossier (`dossier extract`), then merge."
        }
    }
}
