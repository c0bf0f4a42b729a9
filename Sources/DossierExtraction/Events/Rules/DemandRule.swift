import Dossier

/// "Protesters demanded elections": the subject demands; the label is the
/// trigger and up to three words after it, to the first preposition.
struct DemandRule: EventRule {
    var kind: Lexicon.EventKind { .demand }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        guard let agent = trigger.subject else { return [] }
        let tokens = sentence.tokens
        let end = trigger.unit.end
        let object = tokens[end..<min(tokens.count, end + 3)].prefix {
            !Grammar.prepositions.contains($0.lower) && $0.isWord
        }
        var event = EventRecord(kind: .demand, sentences: [sentence.index])
        event.label = ([Tokenizer.lowercased(trigger.surface)] + object.map(\.text)).joined(separator: " ")
        event.date = sentence.date(after: end)
        event.add(agent, role: "agent", sentence: sentence.index)
        return [.event(event)]
    }
}
