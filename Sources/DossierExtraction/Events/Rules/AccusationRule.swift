import Dossier

/// "The ministry accused Omar Haddad of fraud": the subject accuses the
/// entity right after "accused"; "Prosecutors accused X", with no one
/// named, is an accusation against X.
struct AccusationRule: EventRule {
    var kind: Lexicon.EventKind { .accusation }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        let unit = trigger.unit
        let agent = trigger.subject
        guard trigger.form == "accusation",
            let accused = sentence.units.first(where: {
                $0.start >= unit.end && $0.start <= unit.end + 2 && !$0.isDemonym && $0.entity != nil
            })?.entity, accused != agent
        else { return [] }
        var event = EventRecord(kind: .accusation, date: sentence.date(of: unit), sentences: [sentence.index])
        if let agent { event.add(agent, role: "agent", sentence: sentence.index) }
        event.add(accused, role: "subject", sentence: sentence.index)
        return [.event(event)]
    }
}
