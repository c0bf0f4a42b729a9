import Dossier

extension DocumentAnalyzer {
    /// Gives each office the country, organization or owner just before it
    /// or after "of", and marks former ones.
    func qualifyOffices(_ units: inout [Unit], tokens: [Token]) {
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
            if before >= 0 && lexicon.words.formerWords.contains(tokens[before].lower) { office.isFormer = true }
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
