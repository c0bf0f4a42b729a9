import Dossier
import Foundation

extension DocumentAnalyzer {

    /// Units of a sentence, in order: entities (a name inside the one
    /// before makes none), offices, pronouns, dates, triggers and
    /// honorifics. The builder writes no facts; ``describeMentions(_:units:sentence:facts:)``
    /// does, from the same mentions.
    func units(of read: ReadSentence, lastPerson: inout EntityKey?) -> [Unit] {
        let tokens = read.sentence.tokens
        var units: [Unit] = []
        for mention in read.mentions {
            guard var unit = Self.unit(for: mention) else { continue }
            if let key = unit.entity, case .entity = unit.kind {
                if key.kind == .person { lastPerson = key }
                if let last = units.last, last.start <= mention.start && mention.end <= last.end { continue }
            }
            if case .pronoun = unit.kind { unit.kind = .pronoun(lastPerson) }
            if unit.end < tokens.count && (tokens[unit.end].lower == "'s" || tokens[unit.end].text == "'") {
                unit.isPossessive = true
            }
            units.append(unit)
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

    /// The entity a mention names, if it names one.
    static func entityKey(of mention: Mention) -> EntityKey? {
        switch mention.kind {
        case .country where mention.isLanguage: nil
        case .person: EntityKey(kind: .person, name: mention.name)
        case .organization: EntityKey(kind: .organization, name: mention.name)
        case .country: EntityKey(kind: .country, name: mention.name)
        case .place: EntityKey(kind: .place, name: mention.name)
        default: nil
        }
    }

    /// The unit a mention makes on its own, before its neighbours are read.
    static func unit(for mention: Mention) -> Unit? {
        let kind: Unit.Kind
        switch mention.kind {
        case .person, .organization, .country, .place:
            guard let key = entityKey(of: mention) else { return nil }
            kind = .entity(key, isDemonym: mention.isDemonym)
        case .office(let role):
            kind = .office(OfficeUnit(title: mention.name, role: role, qualifier: .none, isFormer: false))
        case .pronoun: kind = .pronoun(nil)
        case .date: kind = .date(mention.name)
        case .trigger(let trigger): kind = .trigger(trigger, surface: mention.surface)
        case .honorific: kind = .honorific
        case .organizationCue, .candidate: return nil
        }
        return Unit(kind: kind, start: mention.start, end: mention.end)
    }

}
