import Dossier

/// "Macron arrived in Berlin", "Osei's visit to Beijing": a person before
/// the trigger (or owning it) and a place or country just after it. A
/// report verb between the subject and the trigger makes the subject the
/// reporter, not the visitor.
struct VisitRule: EventRule {
    var kind: Lexicon.EventKind { .visit }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        let units = sentence.units
        let position = trigger.position
        let unit = trigger.unit
        let subjectEnd = units.first { $0.entity == trigger.subject && $0.end <= unit.start }?.end ?? 0
        let reportedBefore = units[..<position].contains { candidate in
            if case .trigger(.report, _) = candidate.kind { return candidate.start >= subjectEnd }
            return false
        }
        var visitor = trigger.subject?.kind == .person && !reportedBefore ? trigger.subject : nil
        if position > 0, units[position - 1].isPossessive, units[position - 1].end + 1 >= unit.start - 1,
            let owner = units[position - 1].entity, owner.kind == .person
        {
            visitor = owner
        }
        guard let visitor,
            let destination = sentence.firstEntity(after: unit.end, within: 6, kinds: DocumentAnalyzer.placeKinds)
        else { return [] }
        var event = EventRecord(kind: .visit, date: sentence.date(after: unit.end), sentences: [sentence.index])
        event.add(visitor, role: "visitor", sentence: sentence.index)
        event.places.append((destination, sentence.index))
        return [.event(event)]
    }
}
