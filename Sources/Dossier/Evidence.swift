/// A place in a document that says a relation: the sentence and its
/// character offsets (Unicode scalars) in the document.
public struct Evidence: Hashable, Comparable, Codable, Sendable {
    /// The document the sentence is from.
    public var document: DocumentID
    /// The sentence's text, as it stands in the document.
    public var sentence: String
    /// Offset of the sentence's first character, in Unicode scalars.
    public var start: Int
    /// Offset just past the sentence's last character, in Unicode scalars.
    public var end: Int

    /// Makes an evidence item.
    public init(document: DocumentID, sentence: String, start: Int, end: Int) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    /// Orders by document, then position, then text.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start, lhs.end, lhs.sentence) < (rhs.document, rhs.start, rhs.end, rhs.sentence)
    }
}
