/// One input: an article, a CSV file or a facts file.
public struct Document: Hashable, Codable, Sendable {
    /// The SHA-256 of the document's bytes.
    public var id: DocumentID
    /// The first line of an article, or the file name.
    public var title: String
    /// The path as the user gave it.
    public var path: String
    /// The publication date in ISO 8601 form (`2021-06-07`), when known.
    public var date: String?

    /// Makes a document record.
    public init(id: DocumentID, title: String, path: String, date: String? = nil) {
        self.id = id
        self.title = title
        self.path = path
        self.date = date
    }
}
