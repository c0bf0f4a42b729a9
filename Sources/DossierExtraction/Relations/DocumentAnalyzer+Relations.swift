import Dossier

extension DocumentAnalyzer {
    /// Relations that are not events: citizenship, location, alliances,
    /// counterparts, pressure and normalised relations.
    func findRelations(_ units: [Unit], tokens: [Token], sentence: Int, facts: inout DocumentFacts) {
        for (position, unit) in units.enumerated() {
            guard case .entity(let key, let isDemonym) = unit.kind else { continue }
            let next = unit.end < tokens.count ? tokens[unit.end].lower : ""
            // "his British passport", "He has a British passport"
            if key.kind == .country && isDemonym && next == "passport" {
                var owner: EntityKey?
                if position > 0, case .pronoun(let person?) = units[position - 1].kind { owner = person }
                if owner == nil { owner = subject(units, before: unit.start, tokens: tokens, kinds: Self.personKind) }
                if owner == nil,
                    let pronoun = units[..<position].first(where: { if case .pronoun = $0.kind { true } else { false } }
                    )
                {
                    owner = pronoun.entity
                }
                if let owner {
                    facts.add(
                        FactRecord(kind: .citizenOf, source: .entity(owner), target: .entity(key), sentence: sentence))
                }
            }
            // "X, a British Pakistani businessman"
            if key.kind == .person, unit.end + 1 < tokens.count, tokens[unit.end].text == ",",
                ["a", "an"].contains(tokens[unit.end + 1].lower)
            {
                var cursor = position + 1
                var expected = unit.end + 2
                while cursor < units.count, units[cursor].start == expected, units[cursor].isDemonym,
                    let country = units[cursor].entity
                {
                    facts.add(
                        FactRecord(kind: .citizenOf, source: .entity(key), target: .entity(country), sentence: sentence)
                    )
                    expected = units[cursor].end
                    cursor += 1
                }
            }
            // "the Turkish city of Istanbul"
            if key.kind == .country && isDemonym && next == "city", unit.end + 1 < tokens.count,
                tokens[unit.end + 1].lower == "of",
                position + 1 < units.count, let place = units[position + 1].entity, place.kind == .place
            {
                facts.add(
                    FactRecord(kind: .locatedIn, source: .entity(place), target: .entity(key), sentence: sentence))
            }
            // "Pakistan's ally Turkey"
            if key.kind == .country && unit.isPossessive, unit.end + 1 < tokens.count,
                tokens[unit.end + 1].lower == "ally",
                position + 1 < units.count, let ally = units[position + 1].entity, ally.kind == .country
            {
                facts.add(
                    FactRecord(kind: .alliedWith, source: .entity(key), target: .entity(ally), sentence: sentence))
            }
            // "met her French counterpart Anne Dupont"
            if key.kind == .person, unit.start >= 1, tokens[unit.start - 1].lower == "counterpart",
                let other = subject(units, before: unit.start, tokens: tokens, kinds: Self.personKind), other != key
            {
                facts.add(
                    FactRecord(kind: .counterpartOf, source: .entity(other), target: .entity(key), sentence: sentence))
            }
        }
        for unit in units {
            guard case .trigger(let kind, let surface) = unit.kind else { continue }
            switch kind {
            case .agreement:
                // Only "normalising relations with": a signed deal is an event, not normalised relations.
                guard surface.lowercased().hasPrefix("normali"),
                    let withIndex = tokens[unit.end...].firstIndex(where: { $0.lower == "with" }),
                    let partner = units.first(where: { $0.start > withIndex && $0.entity?.kind == .country })?.entity
                else { continue }
                let clauseStart = tokens[..<unit.start].lastIndex { [";", ":"].contains($0.text) } ?? 0
                for other in units where other.end <= unit.start && other.start >= clauseStart && !other.isDemonym {
                    guard let country = other.entity, country.kind == .country, country != partner else { continue }
                    facts.add(
                        FactRecord(
                            kind: .relationsWith, source: .entity(country), target: .entity(partner),
                            attributes: ["status": "normalized"], sentence: sentence))
                }
            case .pressure:
                let actorKinds = Self.partyKinds
                if tokens[unit.start].lower == "pressure" {
                    guard
                        let actor = units.first(where: {
                            $0.start >= unit.end && ($0.entity.map { actorKinds.contains($0.kind) } ?? false)
                        })?.entity,
                        let target = units.first(where: {
                            $0.end <= unit.start && $0.entity?.kind == .country && $0.entity != actor
                        })?.entity
                    else { continue }
                    facts.add(
                        FactRecord(
                            kind: .pressured, source: .entity(actor), target: .entity(target), sentence: sentence))
                } else {
                    guard let actor = subject(units, before: unit.start, tokens: tokens, kinds: actorKinds),
                        let target = units.first(where: {
                            $0.start >= unit.end && ($0.entity.map { actorKinds.contains($0.kind) } ?? false)
                        })?.entity
                    else { continue }
                    facts.add(
                        FactRecord(
                            kind: .pressured, source: .entity(actor), target: .entity(target), sentence: sentence))
                }
            default:
                break
            }
        }
    }
}
