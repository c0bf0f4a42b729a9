import Dossier

/// "Macron arrived in Berlin", "Osei's visit to Beijing": a person before
/// the trigger (or owning it) and a place or country just after it. A
/// report verb between the subject and the trigger makes the subject the
/// reporter, not the visitor. A vehicle with no person aboard named ("a
/// plane from the Pakistani army traveled to Amman") makes its owner the
/// visitor, the vehicle kept as the event's `vehicle`.
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
        var vehicle: String?
        if visitor == nil, let (owner, noun) = vehicleOwner(before: unit.start, in: sentence) {
            visitor = owner
            vehicle = noun
        }
        guard let visitor,
            let destination = sentence.firstEntity(after: unit.end, within: 6, kinds: DocumentAnalyzer.placeKinds)
        else { return [] }
        var event = EventRecord(kind: .visit, date: sentence.date(of: unit), sentences: [sentence.index])
        event.vehicle = vehicle
        event.add(visitor, role: "visitor", sentence: sentence.index)
        event.places.append((destination, sentence.index))
        return [.event(event)]
    }

    /// "a plane from the Pakistani army", "a Chinese navy ship": a vehicle
    /// noun at most four words before the trigger, and the organization or
    /// country after its "from" or right before it.
    private func vehicleOwner(before start: Int, in sentence: SentenceView) -> (EntityKey, String)? {
        let tokens = sentence.tokens
        let nouns = sentence.analyzer.lexicon.words.vehicleNouns
        let kinds: Set<EntityKind> = [.organization, .country]
        guard let noun = (max(0, start - 8)..<start).last(where: { nouns.contains(tokens[$0].lower) }) else {
            return nil
        }
        let owner = sentence.units.first { unit in
            guard let key = unit.entity, kinds.contains(key.kind), case .entity = unit.kind else { return false }
            let after = unit.start > noun && unit.end <= start && tokens[noun + 1].lower == "from"
            return after || unit.end == noun
        }?.entity
        return owner.map { ($0, tokens[noun].lower) }
    }
}
