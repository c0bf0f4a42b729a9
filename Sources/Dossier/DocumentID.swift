/// The id of a document: the SHA-256 of its bytes, as 64 lower-case hex digits.
public struct DocumentID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible
{
    /// The hex digest.
    public let rawValue: String

    /// Wraps a hex digest as it is.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The id of a document with these bytes.
    public init(contentsOf bytes: some Collection<UInt8>) {
        self.rawValue = SHA256.hexDigest(of: bytes)
    }

    /// The digest.
    public var description: String { rawValue }

    /// Orders ids by their text.
    public static func < (lhs: DocumentID, rhs: DocumentID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
