import Dossier

/// A sentence's mentions joined into units: a country and a cue make an
/// organization ("the Pakistani army"), a title and what qualifies it make
/// an office ("Pakistan's national security adviser", "Head of the
/// Pakistani army", "Osei's special assistant"), a pronoun points to the
/// person it stands for.
struct Unit: Sendable {
    enum Kind: Sendable {
        case entity(EntityKey, isDemonym: Bool)
        case office(OfficeUnit)
        case pronoun(EntityKey?)
        case date(String)
        case trigger(Lexicon.EventKind, surface: String)
        case honorific
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// Whether `'s` follows.
    var isPossessive = false
    /// Whether a following office took it as its qualifier.
    var isQualifier = false

    var entity: EntityKey? {
        switch kind {
        case .entity(let key, _): key
        case .pronoun(let key): key
        default: nil
        }
    }

    var isDemonym: Bool {
        if case .entity(_, let demonym) = kind { return demonym }
        return false
    }
}

/// An office title with what it belongs to.
struct OfficeUnit: Sendable {
    enum Qualifier: Sendable {
        case country(String)
        case organization(String)
        case ownerOffice(EntityKey)
        case ownerPerson(EntityKey)
        case none
    }

    var title: String
    var role: Lexicon.OfficeRole
    var qualifier: Qualifier
    var isFormer: Bool
    /// The office entity, once known.
    var key: EntityKey?
    /// Whether the key was borrowed from the one qualified office of this
    /// title in the document (a bare "the prime minister"): such a title
    /// names the office's holder, not someone new.
    var isBorrowed = false
    /// Whether the owner was taken from the article's main country rather
    /// than from the sentence: its facts carry `basis: context`.
    var isContextual = false
    /// The words the office was read from, its qualifier included ("Ugandan
    /// army chief", "Pakistan's Prime Minister"): kept as an alias.
    var surface = ""
    /// What the office is for, title-cased ("Overseas Pakistanis"), read
    /// after "for" or "on"; part of the office's name.
    var portfolio: String?

    /// " for " and the portfolio, or nothing: the end of the office's name.
    var portfolioSuffix: String { portfolio.map { " for " + $0 } ?? "" }
}
