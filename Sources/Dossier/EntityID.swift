import Foundation

/// The stable, readable id of an entity: `kind/slug-of-name`, such as
/// `person/jane-roe`.
///
/// Ids are the same across rebuilds of the same input, so they are safe to
/// keep in notes and scripts. Two names that slug alike (`Jane Roe`,
/// `Jane  Roe`, `jane-roe`) give the same id and so the same entity.
public struct EntityID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible
{
    /// The id as text, `kind/slug`.
    public let rawValue: String

    /// Longest slug kept whole; longer ones are cut and given a hash suffix.
    static let maximumSlugLength = 96

    /// Wraps text that already has the `kind/slug` form; returns `nil` when the
    /// prefix is not a known kind or the slug is empty.
    public init?(rawValue: String) {
        guard let slash = rawValue.firstIndex(of: "/"),
            EntityKind(rawValue: String(rawValue[..<slash])) != nil,
            rawValue.index(after: slash) < rawValue.endIndex
        else { return nil }
        self.rawValue = rawValue
    }

    /// Makes the id of an entity of `kind` called `name`.
    public init(kind: EntityKind, name: String) {
        self.rawValue = kind.rawValue + "/" + Self.slug(name)
    }

    /// The kind named by the id's prefix.
    public var kind: EntityKind {
        let prefix = rawValue.prefix { $0 != "/" }
        return EntityKind(rawValue: String(prefix)) ?? .organization
    }

    /// The part after the kind.
    public var slug: Substring {
        rawValue[rawValue.index(after: rawValue.firstIndex(of: "/")!)...]
    }

    /// The id as text.
    public var description: String { rawValue }

    /// Orders ids by their text.
    public static func < (lhs: EntityID, rhs: EntityID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    // MARK: - Slugs

    /// Lower-cases `name`, folds accents, keeps letters and digits of every
    /// script and joins the runs between them with single hyphens.
    ///
    /// A slug longer than 96 characters is cut there and ends in a hash of
    /// the whole name, so long names stay distinct and ids stay short.
    public static func slug(_ name: String) -> String {
        if isSlug(name) { return name }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var slug = ""
        slug.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        if slug.isEmpty { slug = "unnamed-" + hashSuffix(name) }
        if slug.count > maximumSlugLength {
            slug = String(slug.prefix(maximumSlugLength - 9)) + "-" + hashSuffix(name)
        }
        return slug
    }

    /// Whether `text` is already a slug: ASCII lower-case letters, digits and
    /// single inner hyphens.
    static func isSlug(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= maximumSlugLength else { return false }
        var previousHyphen = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousHyphen = false
            case UInt8(ascii: "-"):
                if previousHyphen { return false }
                previousHyphen = true
            default:
                return false
            }
        }
        return !previousHyphen
    }

    /// Eight hex digits of the FNV-1a hash of `text`'s UTF-8 bytes.
    static func hashSuffix(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash & 0xffff_ffff, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
