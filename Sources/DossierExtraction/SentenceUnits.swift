import Dossier
import Foundation

/// A sentence's mentions joined into units: a country and a cue make an
/// organization ("the Pakistani army"), a title and what qualifies it make
/// an office ("Pakistan's national security adviser", "Head of the
/// Pakistani army", "Khan's special assistant"), a pronoun points to the
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
}

extension DocumentAnalyzer {
    static let formerWords: Set<String> = ["then", "former", "ex", "ex-", "erstwhile", "previous", "late"]

    /// Units of a sentence, in order.
    func units(
        of read: ReadSentence, lastPerson: inout EntityKey?, facts: inout DocumentFacts, sentenceIndex: Int
    )
        -> [Unit]
    {
        let tokens = read.sentence.tokens
        var units: [Unit] = []
        var index = 0
        let mentions = read.mentions
        while index < mentions.count {
            let mention = mentions[index]
            var unit: Unit?
            switch mention.kind {
            case .country where mention.isLanguage:
                break
            case .person, .organization, .country, .place:
                let kind: EntityKind =
                    switch mention.kind {
                    case .person: .person
                    case .organization: .organization
                    case .country: .country
                    default: .place
                    }
                let key = EntityKey(kind: kind, name: mention.name)
                facts.note(key, surface: mention.surface)
                if kind == .person {
                    lastPerson = key
                    if let honorific = read.mentions.last(where: { $0.kind == .honorific && $0.end == mention.start }) {
                        facts.note(key, surface: honorific.surface + " " + mention.surface)
                    }
                }
                if let last = units.last, last.start <= mention.start && mention.end <= last.end {
                    unit = nil
                } else if kind == .organization,
                    let country = mentions.first(where: {
                        $0.kind == .country && $0.start == mention.start && $0.end < mention.end
                    })
                {
                    facts.add(
                        FactRecord(
                            kind: .partOf, source: .entity(key),
                            target: .entity(EntityKey(kind: .country, name: country.name)),
                            sentence: sentenceIndex))
                    unit = Unit(kind: .entity(key, isDemonym: false), start: mention.start, end: mention.end)
                } else {
                    unit = Unit(
                        kind: .entity(key, isDemonym: mention.isDemonym), start: mention.start, end: mention.end)
                    if kind == .organization || kind == .place,
                        let country = kind == .place
                            ? lexicon.countryOfPlace[mention.name] : lexicon.countryOfOrganization[mention.name]
                    {
                        facts.add(
                            FactRecord(
                                kind: kind == .place ? .locatedIn : .partOf, source: .entity(key),
                                target: .entity(EntityKey(kind: .country, name: country)),
                                attributes: ["basis": "lexicon"],
                                sentence: sentenceIndex))
                        facts.note(EntityKey(kind: .country, name: country), surface: country)
                    }
                }
            case .office(let role):
                unit = Unit(
                    kind: .office(OfficeUnit(title: mention.name, role: role, qualifier: .none, isFormer: false)),
                    start: mention.start, end: mention.end)
            case .pronoun:
                unit = Unit(kind: .pronoun(lastPerson), start: mention.start, end: mention.end)
            case .date:
                unit = Unit(kind: .date(mention.name), start: mention.start, end: mention.end)
            case .trigger(let kind):
                unit = Unit(kind: .trigger(kind, surface: mention.surface), start: mention.start, end: mention.end)
            case .honorific:
                unit = Unit(kind: .honorific, start: mention.start, end: mention.end)
            case .organizationCue, .candidate:
                unit = nil
            }
            if var unit {
                if unit.end < tokens.count && (tokens[unit.end].lower == "'s" || tokens[unit.end].text == "'") {
                    unit.isPossessive = true
                }
                units.append(unit)
            }
            index += 1
        }
        for position in units.indices {
            guard case .pronoun = units[position].kind,
                ["his", "her", "him"].contains(tokens[units[position].start].lower),
                let subject = subject(units, before: units[position].start, tokens: tokens, kinds: Self.personKind)
            else { continue }
            units[position].kind = .pronoun(subject)
        }
        qualifyOffices(&units, tokens: tokens)
        return units
    }

    /// Gives each office the country, organization or owner just before it
    /// or after "of", and marks former ones.
    private func qualifyOffices(_ units: inout [Unit], tokens: [Token]) {
        for position in units.indices {
            guard case .office(var office) = units[position].kind else { continue }
            var start = units[position].start
            if position > 0 {
                let previous = units[position - 1]
                let gap = start - previous.end
                let adjacent = gap == 0 || (gap == 1 && previous.isPossessive)
                if adjacent {
                    switch previous.kind {
                    case .entity(let key, _) where key.kind == .country:
                        office.qualifier = .country(key.name)
                    case .entity(let key, _) where key.kind == .organization:
                        office.qualifier = .organization(key.name)
                    case .entity(let key, _) where key.kind == .person && previous.isPossessive:
                        office.qualifier = .ownerPerson(key)
                    case .pronoun(let key?)
                    where tokens[previous.start].lower != "he" && tokens[previous.start].lower != "she":
                        office.qualifier = .ownerPerson(key)
                    case .office(let owner) where previous.isPossessive:
                        if let ownerKey = owner.key { office.qualifier = .ownerOffice(ownerKey) }
                    default:
                        break
                    }
                    if case .none = office.qualifier {
                    } else {
                        units[position - 1].isQualifier = true
                        start = previous.start
                    }
                }
            }
            if case .none = office.qualifier, position + 1 < units.count {
                let end = units[position].end
                let next = units[position + 1]
                let nextQualifies =
                    position + 2 < units.count && units[position + 2].start <= next.end + 1
                    && { if case .office = units[position + 2].kind { true } else { false } }()
                if end < tokens.count, tokens[end].lower == "of", !nextQualifies,
                    next.start == end + 1 || (next.start == end + 2 && ["the", "a"].contains(tokens[end + 1].lower)),
                    case .entity(let key, _) = next.kind
                {
                    if key.kind == .country { office.qualifier = .country(key.name) }
                    if key.kind == .organization { office.qualifier = .organization(key.name) }
                    if case .none = office.qualifier {
                    } else {
                        units[position + 1].isQualifier = true
                        units[position].end = next.end
                    }
                }
            }
            if case .none = office.qualifier, position + 2 < units.count,
                case .entity(let person, _) = units[position + 1].kind, person.kind == .person,
                units[position + 1].start == units[position].end, units[position + 1].end < tokens.count,
                tokens[units[position + 1].end].lower == "of",
                units[position + 2].start == units[position + 1].end + 1,
                case .entity(let owner, _) = units[position + 2].kind
            {
                // "President Ana Costa of Chile": the title's country follows the name.
                if owner.kind == .country { office.qualifier = .country(owner.name) }
                if owner.kind == .organization { office.qualifier = .organization(owner.name) }
                if case .none = office.qualifier {
                } else {
                    units[position + 2].isQualifier = true
                }
            }
            var before = start - 1
            while before >= 0 && ["the", "a", "an"].contains(tokens[before].lower) { before -= 1 }
            if before >= 0 && Self.formerWords.contains(tokens[before].lower) { office.isFormer = true }
            if tokens[units[position].start].lower.hasPrefix("ex-") { office.isFormer = true }
            office.key = officeKey(office)
            units[position].kind = .office(office)
            units[position].start = start
        }
    }

    /// The office entity for a qualified title; `nil` until an owner
    /// person's office is known, or when a head has no organization.
    func officeKey(_ office: OfficeUnit) -> EntityKey? {
        switch (office.qualifier, office.role) {
        case (.country, .head):
            // "the Australian leader", "a Kenyan director": a head of nothing named is no office.
            return nil
        case (.country(let country), _):
            return EntityKey(kind: .office, name: "\(office.title) of \(country)")
        case (.organization(let organization), _):
            return EntityKey(kind: .office, name: "\(office.title) of \(organization)")
        case (.ownerOffice(let owner), _):
            return EntityKey(kind: .office, name: "\(office.title) to the \(owner.name)")
        default:
            return nil
        }
    }
}
