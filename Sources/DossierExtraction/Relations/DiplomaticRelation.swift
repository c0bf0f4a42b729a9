import Dossier

/// "Pakistan is preparing to establish formal diplomatic relations with
/// Israel", "engagements between Pakistan and Israel have been regular":
/// two countries named around a noun of `ties-nouns` have relations. With
/// "with", the other country is the nearest before the noun in the
/// clause; with "between", the two joined by "and". Normalised relations
/// ("normalising relations with") are ``Normalization``'s.
struct DiplomaticRelation: RelationRule {
    var name: String { "diplomatic-relation" }
    var anchor: RelationAnchor { .entity(.country) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let tokens = sentence.tokens
        let unit = units[position]
        guard case .entity(let country, _) = unit.kind, country.kind == .country, unit.start >= 2 else { return [] }
        var lead = unit.start - 1
        if tokens[lead].lower == "the" { lead -= 1 }
        guard lead >= 1, tokens[lead].lower == "with" || tokens[lead].lower == "between",
            sentence.analyzer.lexicon.words.tiesNouns.contains(tokens[lead - 1].lower)
        else { return [] }
        let noun = lead - 1
        if tokens[lead].lower == "between" {
            guard position + 1 < units.count, let other = units[position + 1].entity, other.kind == .country,
                other != country, tokens[unit.end..<units[position + 1].start].map(\.lower).first == "and",
                units[position + 1].start - unit.end <= 2
            else { return [] }
            return [FactRecord(.relationsWith, country, other, in: sentence)]
        }
        let clauseStart = tokens[..<noun].lastIndex { [";", ":"].contains($0.text) } ?? 0
        guard
            let other = units[..<position].last(where: {
                $0.end <= noun && $0.start >= clauseStart && $0.entity?.kind == .country && $0.entity != country
            })?.entity,
            !units.contains(where: { candidate in
                if case .trigger(.agreement, _) = candidate.kind { return candidate.start < unit.start }
                return false
            })
        else { return [] }
        return [FactRecord(.relationsWith, other, country, in: sentence)]
    }
}
