import Dossier

/// "pressure from the US on Pakistan", "China pressured Nepal", "at the
/// instigation of Saudi Arabia and the UAE": who pressures whom. Actors
/// joined by "and" or a comma all pressure; "the Pakistan-Israel contacts
/// were the result of pressure from the UAE" makes both countries of the
/// pair its targets.
struct Pressure: RelationRule {
    var name: String { "pressure" }
    var anchor: RelationAnchor { .trigger(.pressure) }

    func facts(at position: Int, in sentence: SentenceView) -> [FactRecord] {
        let units = sentence.units
        let unit = units[position]
        guard case .trigger(.pressure, let surface) = unit.kind else { return [] }
        let actors = actorsAfter(unit.end, in: sentence)
        if sentence.form(of: surface) == "pressure-noun" {
            // The noun: the actors after it, the target country before it.
            guard !actors.isEmpty else { return [] }
            let targets: [EntityKey]
            if let country = units.first(where: {
                $0.end <= unit.start && $0.entity?.kind == .country && !actors.contains($0.entity!)
            })?.entity {
                targets = [country]
            } else {
                targets = pairCountries(before: unit.start, in: sentence).filter { !actors.contains($0) }
            }
            return actors.flatMap { actor in targets.map { FactRecord(.pressured, actor, $0, in: sentence) } }
        }
        guard let actor = sentence.subject(before: unit.start, kinds: DocumentAnalyzer.partyKinds),
            let target = actors.first
        else { return [] }
        return [FactRecord(.pressured, actor, target, in: sentence)]
    }

    /// The first country, organization or person after `position`, and those
    /// joined to it by "and" or a comma.
    private func actorsAfter(_ position: Int, in sentence: SentenceView) -> [EntityKey] {
        let kinds = DocumentAnalyzer.partyKinds
        let units = sentence.units
        guard
            var index = units.firstIndex(where: {
                $0.start >= position && $0.entity.map { kinds.contains($0.kind) } ?? false
            })
        else { return [] }
        var actors = [units[index].entity!]
        while index + 1 < units.count, let next = units[index + 1].entity, kinds.contains(next.kind) {
            let between = sentence.tokens[units[index].end..<units[index + 1].start].map(\.lower)
            guard between.count <= 2, between.first == "and" || between.first == ",",
                between.dropFirst().allSatisfy({ $0 == "the" })
            else { break }
            actors.append(next)
            index += 1
        }
        return actors
    }

    /// The countries of a hyphenated pair ("Pakistan-Israel", "US-China")
    /// in the words before `position`.
    private func pairCountries(before position: Int, in sentence: SentenceView) -> [EntityKey] {
        let lexicon = sentence.analyzer.lexicon
        for token in sentence.tokens[..<position].reversed() where token.text.contains("-") {
            let countries = token.text.split(separator: "-").compactMap { lexicon.country(named: String($0)) }
            if countries.count >= 2 { return countries }
        }
        return []
    }
}
