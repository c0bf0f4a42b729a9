import Dossier

/// Allegations, which a later sentence may deny: "X alleged that the army
/// …" (X accuses the first entity after "that"), "allegations by X against
/// Y", "X's allegations", "allegations that he took bribes" (he is the
/// accused), "Y resigned following allegations of fraud" (the clause's
/// subject is the accused).
struct AllegationRule: EventRule {
    var kind: Lexicon.EventKind { .accusation }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        switch trigger.form {
        case "alleged": alleged(trigger, sentence)
        case "allegations": allegations(trigger, sentence)
        default: []
        }
    }

    /// The verb: a subject, then "that" and the accused, or the accused right after.
    private func alleged(_ trigger: Trigger, _ sentence: SentenceView) -> [EventStatement] {
        let end = trigger.unit.end
        guard let agent = trigger.subject, end < sentence.tokens.count else { return [] }
        let from = sentence.word(at: end) == "that" ? end + 1 : end
        guard let accused = accused(after: from, within: from == end ? 1 : 2, sentence), accused != agent else {
            return []
        }
        return [.event(event(agent: agent, accused: accused, trigger, sentence))]
    }

    /// The noun: who alleges from "by X" or "X's", the accused from
    /// "against Y", "that he …" or the subject of the clause it follows.
    private func allegations(_ trigger: Trigger, _ sentence: SentenceView) -> [EventStatement] {
        let units = sentence.units
        let unit = trigger.unit
        let tokens = sentence.tokens
        var agent: EntityKey?
        if trigger.position > 0, units[trigger.position - 1].isPossessive,
            let owner = units[trigger.position - 1].entity
        {
            agent = owner
        }
        var accused: EntityKey?
        var cursor = unit.end
        while cursor < min(tokens.count, unit.end + 8), accused == nil {
            switch tokens[cursor].lower {
            case "by": agent = agent ?? self.accused(after: cursor + 1, within: 2, sentence)
            case "against", "that": accused = self.accused(after: cursor + 1, within: 3, sentence)
            default: break
            }
            cursor += 1
        }
        if accused == nil, unit.start > 0, sentence.words.allegationLeads.contains(tokens[unit.start - 1].lower) {
            accused = trigger.subject
        }
        guard agent != nil || accused != nil, agent != accused else { return [] }
        var made = event(agent: agent, accused: accused, trigger, sentence)
        made.label = "allegations"
        return [.event(made)]
    }

    /// The first person, organization or country (a pronoun's person too)
    /// at most `within` tokens after `position`.
    private func accused(after position: Int, within: Int, _ sentence: SentenceView) -> EntityKey? {
        sentence.units.first {
            $0.start >= position && $0.start <= position + within && !$0.isDemonym && !$0.isQualifier
                && ($0.entity.map { DocumentAnalyzer.partyKinds.contains($0.kind) } ?? false)
        }.flatMap { sentence.entity($0) }
    }

    private func event(
        agent: EntityKey?, accused: EntityKey?, _ trigger: Trigger, _ sentence: SentenceView
    )
        -> EventRecord
    {
        var event = EventRecord(
            kind: .accusation, date: sentence.date(of: trigger.unit), sentences: [sentence.index])
        if let agent { event.add(agent, role: "agent", sentence: sentence.index) }
        if let accused { event.add(accused, role: "subject", sentence: sentence.index) }
        return event
    }
}
