public import Dossier

/// One article to read: its text, where it came from, and its date if known.
public struct TextDocument: Sendable {
    /// The SHA-256 of the file's bytes.
    public var id: DocumentID
    /// The path as the user gave it.
    public var path: String
    /// The text (for HTML, the markup).
    public var text: String
    /// Whether `text` is HTML.
    public var isHTML: Bool
    /// The publication date, `yyyy-mm-dd` (or shorter), when known.
    public var date: String?

    /// Makes a document to read.
    public init(id: DocumentID, path: String, text: String, isHTML: Bool = false, date: String? = nil) {
        self.id = id
        self.path = path
        self.text = text
        self.isHTML = isHTML
        self.date = date
    }
}
