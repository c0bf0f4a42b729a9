import Dossier

/// "Omamo met her Ethiopian counterpart Mekonnen in Addis Ababa": the
/// subject (or the owner of "his meeting") and the first other person
/// within ten tokens after the trigger, and a place within fourteen.
struct MeetingRule: EventRule {
    var kind: Lexicon.EventKind { .meeting }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        let units = sentence.units
        let position = trigger.position
        let unit = trigger.unit
        var first = trigger.subject
        if position > 0, case .pronoun(let owner?) = units[position - 1].kind, units[position - 1].end == unit.start {
            first = owner
        }
        let other = units.first { candidate in
            guard case .entity(let key, _) = candidate.kind else { return false }
            return candidate.start >= unit.end && candidate.start <= unit.end + 10 && key.kind == .person
                && key != first
        }?.entity
        guard first != nil || other != nil else { return [] }
        var event = EventRecord(kind: .meeting, date: sentence.date(after: unit.end), sentences: [sentence.index])
        for person in [first, other].compactMap({ $0 }) {
            event.add(person, role: "participant", sentence: sentence.index)
        }
        if let place = sentence.firstEntity(after: unit.end, within: 14, kinds: DocumentAnalyzer.placeKind) {
            event.places.append((place, sentence.index))
        }
        return [.event(event)]
    }
}
