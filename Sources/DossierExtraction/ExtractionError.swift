/// What can go wrong extracting a graph from text.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The shipped lexicon could not be found or read.
    case missingResources(String)
    /// A user lexicon file has a bad line.
    case invalidLexicon(path: String, line: Int, message: String)

    /// A message for the user: what failed and how to fix it.
    public var description: String {
        switch self {
        case .missingResources(let message):
            return "the text builder's lexicon is missing: \(message)."
        case .invalidLexicon(let path, let line, let message):
            return "\(path):\(line): \(message)."
        }
    }
}
