import Dossier

// MARK: - Memberships

extension DocumentAnalyzer {
    /// "X was a member of Y", "X joined Y", "X played for Y": the person
    /// subject of the clause and the organization right after the lead words.
    func findMemberships(_ units: [Unit], tokens: [Token], sentence: Int, facts: inout DocumentFacts) {
        // The last membership found: "played for X and Y" makes the same person a member of Y.
        var last: (person: EntityKey, end: Int)?
        for unit in units {
            guard let organization = unit.entity, organization.kind == .organization, !unit.isDemonym else { continue }
            var start = unit.start
            // "of the ruling All Progressives Congress": an article and a party's adjectives.
            while start > 0
                && (Grammar.determiners.contains(tokens[start - 1].lower)
                    || lexicon.words.partyAdjectives.contains(tokens[start - 1].lower))
            {
                start -= 1
            }
            if let previous = last, Self.isCoordination(tokens[previous.end..<start]) {
                facts.add(
                    FactRecord(
                        kind: .memberOf, source: .entity(previous.person), target: .entity(organization),
                        sentence: sentence))
                last = (previous.person, unit.end)
                continue
            }
            guard start > 0, lexicon.words.memberLeadEnds.contains(tokens[start - 1].lower) else { continue }
            let leads =
                lexicon.words.partyWords.contains(organization.lastWord)
                ? lexicon.words.memberLeads + [["of"]] : lexicon.words.memberLeads
            guard
                let lead = leads.first(where: { lead in
                    start >= lead.count
                        && zip(tokens[(start - lead.count)..<start], lead).allSatisfy { $0.lower == $1 }
                })
            else { continue }
            let leadStart = start - lead.count
            if lead == ["of"] {
                // "Digvijaya Singh of the Congress", "Raila Odinga, of the ODM": the person right before.
                let nameEnd = leadStart > 0 && tokens[leadStart - 1].text == "," ? leadStart - 1 : leadStart
                guard let previous = units.last(where: { $0.end == nameEnd }), let person = previous.entity,
                    person.kind == .person, case .entity = previous.kind
                else { continue }
                facts.add(
                    FactRecord(
                        kind: .memberOf, source: .entity(person), target: .entity(organization), sentence: sentence))
                last = (person, unit.end)
                continue
            }
            // "Kiptoo, who leads the Democratic Renewal Movement": the person the relative clause is about.
            let relative =
                leadStart >= 2 && tokens[leadStart - 1].lower == "who" && tokens[leadStart - 2].text == ","
                ? units.last(where: { $0.end == leadStart - 2 && $0.entity?.kind == .person })?.entity : nil
            guard
                let person = relative ?? subject(units, before: leadStart, tokens: tokens, kinds: Self.personKind)
            else {
                continue
            }
            facts.add(
                FactRecord(kind: .memberOf, source: .entity(person), target: .entity(organization), sentence: sentence))
            last = (person, unit.end)
        }
    }

    /// Whether the words between two names join them: "and", ",", ", and", "or".
    static func isCoordination(_ words: ArraySlice<Token>) -> Bool {
        let texts = words.map(\.lower)
        return texts == ["and"] || texts == [","] || texts == [",", "and"] || texts == ["or"]
    }
}
