/// Something in an input file a builder left out and the user should hear
/// of: a date that cannot be ("February 30, 2021"), an FtM entity of a
/// schema Dossier does not read.
public struct TextProblem: Hashable, Sendable {
    /// The article's path, as given.
    public var path: String
    /// The line the problem is on, from 1.
    public var line: Int
    /// What is wrong and what was done, for a person to read.
    public var message: String

    /// A problem on `line` of the file at `path`.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, as compilers print it.
    public var description: String { "\(path):\(line): \(message)" }
}
