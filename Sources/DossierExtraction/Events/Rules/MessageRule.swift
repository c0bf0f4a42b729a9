import Dossier

/// "Mensah carried messages from Osei to Ruiz": a carrier (the
/// subject), "message" within four words, then the people or offices after
/// "from" (senders) and after "to" (recipients), up to a comma that opens a
/// report ("…, the paper reported"). Each "from … to …" is one message:
/// "a message from A to B and another from C to D" are two, and so are
/// "messages from A and B to C".
struct MessageRule: EventRule {
    var kind: Lexicon.EventKind { .message }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        let tokens = sentence.tokens
        let units = sentence.units
        let unit = trigger.unit
        let nearby = tokens[unit.end..<min(tokens.count, unit.end + 4)].map(\.lower)
        guard let carrier = trigger.subject, nearby.contains(where: { $0.hasPrefix("message") }) else { return [] }
        var senders: [EntityKey] = []
        var recipients: [EntityKey] = []
        var segments: [EventCollector.Message.Segment] = []
        var mode = 0
        var cursor = unit.end
        while cursor < tokens.count {
            let word = tokens[cursor].lower
            if word == "from" {
                // A new "from" after a "to" opens the next message.
                if mode == 2 {
                    segments.append(.init(senders: senders, recipients: recipients))
                    (senders, recipients) = ([], [])
                }
                mode = 1
            }
            if word == "to" && mode == 1 { mode = 2 }
            if tokens[cursor].text == ",", opensReport(after: cursor, in: sentence) { break }
            if let here = units.first(where: { $0.start == cursor && !$0.isQualifier }),
                let key = sentence.entity(here), [.person, .organization, .office].contains(key.kind)
            {
                if mode == 1 && !senders.contains(key) { senders.append(key) }
                if mode == 2 && !recipients.contains(key) { recipients.append(key) }
                cursor = here.end
                continue
            }
            cursor += 1
        }
        if !senders.isEmpty || !recipients.isEmpty {
            segments.append(.init(senders: senders, recipients: recipients))
        }
        // "messages from A and B to C": one message from each sender.
        let split = segments.flatMap { segment -> [EventCollector.Message.Segment] in
            let senders = DocumentAnalyzer.preferPeople(segment.senders)
            let recipients = DocumentAnalyzer.preferPeople(segment.recipients)
            if senders.isEmpty { return [.init(senders: [], recipients: recipients)] }
            return senders.map { .init(senders: [$0], recipients: recipients) }
        }
        let message = EventCollector.Message(
            carrier: carrier, segments: split, sentence: sentence.index, date: sentence.date(of: unit))
        return [.message(message)]
    }

    /// Whether the unit after the comma at `comma` is followed by a report verb.
    private func opensReport(after comma: Int, in sentence: SentenceView) -> Bool {
        guard let next = sentence.units.first(where: { $0.start > comma }), next.end < sentence.tokens.count else {
            return false
        }
        return sentence.units.contains { unit in
            if case .trigger(.report, _) = unit.kind { return unit.start <= next.end + 1 && unit.start >= next.end }
            return false
        }
    }
}
