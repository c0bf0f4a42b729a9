import Dossier

/// Events of one document as they are found, and what is said about them.
struct EventCollector: Sendable {
    /// Messages someone carried, told in one sentence.
    struct Message: Sendable {
        /// One "from … to …": who sends and who receives one message.
        struct Segment: Sendable {
            var senders: [EntityKey]
            var recipients: [EntityKey]
        }

        var carrier: EntityKey
        var segments: [Segment]
        var sentence: Int
        var date: String?
    }

    var events: [EventRecord] = []
    var messages: [Message] = []
    /// Sources and the sentences they speak for.
    var reports: [(source: EntityKey, sentence: Int)] = []
    var denials: [(denier: EntityKey, event: Int, sentence: Int)] = []
    var resigned: [EntityKey] = []
    var touched: [Int: Set<Int>] = [:]
    var currentSource: EntityKey?

    mutating func add(_ event: EventRecord, sentence: Int) -> Int {
        events.append(event)
        touched[sentence, default: []].insert(events.count - 1)
        return events.count - 1
    }

    /// Ties messages to their carrier's visit, reports and denials to their
    /// events, and writes the events and their attribution into `facts`.
    mutating func finish(into facts: inout DocumentFacts) {
        for message in messages { addMessage(message) }
        var reportedEvents = Set<Int>()
        for (source, sentence) in reports {
            for event in (touched[sentence] ?? []).sorted()
            where events[event].kind != .denial && events[event].kind != .statement {
                facts.add(
                    FactRecord(kind: .reported, source: .entity(source), target: .event(event), sentence: sentence))
                reportedEvents.insert(event)
            }
        }
        for (told, denial, sentence) in denials {
            // What someone says beside a denial ("denied the accusations and said …") is not what is denied.
            var targets = (touched[sentence] ?? []).filter {
                events[$0].kind != .denial && events[$0].kind != .statement && $0 != denial
            }
            // "X denied allegations that he visited Y": what is denied is the allegations.
            let allegations = targets.filter { events[$0].label == "allegations" }
            if !allegations.isEmpty { targets = allegations }
            let denier = accusedDenier(told, denial: denial, targets: &targets)
            if targets.isEmpty {
                targets = Set(
                    events.indices.filter { index in
                        events[index].kind != .denial && reportedEvents.contains(index)
                            && events[index].participants.contains { $0.entity == denier }
                    })
            }
            if targets.isEmpty, let accusation = latestAccusation(before: sentence) {
                // "Prosecutors accused X of fraud. Her lawyer denied the accusations.": the last one told.
                targets = [accusation]
            }
            for target in targets.sorted() {
                facts.add(
                    FactRecord(kind: .denied, source: .entity(denier), target: .event(target), sentence: sentence))
            }
            events[denial].denies = targets.sorted().first
        }
        facts.events = events
    }

    /// A carried message: its senders and recipients join the carrier's
    /// visit, and each "from … to …" is a message event of its own, dated
    /// by the visit when there is one.
    private mutating func addMessage(_ message: Message) {
        let sentence = message.sentence
        let visit = events.firstIndex { $0.kind == .visit && $0.mainParticipant == message.carrier }
        if let visit {
            for segment in message.segments { addParties(segment, of: message, to: &events[visit]) }
            if events[visit].date == nil { events[visit].date = message.date }
            touched[sentence, default: []].insert(visit)
        }
        let date = visit.flatMap { events[$0].date } ?? message.date
        // A message with no sender or recipient named is one event of its carrier.
        let segments =
            message.segments.isEmpty && visit == nil ? [Message.Segment(senders: [], recipients: [])] : message.segments
        for segment in segments {
            var event = EventRecord(kind: .message, date: date, sentences: [sentence])
            addParties(segment, of: message, to: &event)
            event.add(message.carrier, role: "agent", sentence: sentence)
            _ = add(event, sentence: sentence)
        }
    }

    /// A segment's senders and recipients, the carrier left out, as roles of `event`.
    private func addParties(_ segment: Message.Segment, of message: Message, to event: inout EventRecord) {
        for sender in segment.senders where sender != message.carrier {
            event.add(sender, role: "sender", sentence: message.sentence)
        }
        for recipient in segment.recipients where recipient != message.carrier {
            event.add(recipient, role: "recipient", sentence: message.sentence)
        }
    }

    /// Who denies, when the sentence also tells an accusation: "X accused Y
    /// of planning the attacks, a charge the party denied" denies the
    /// accusation alone, and no one denies their own charge, so a denier read
    /// as the accuser is the accused.
    private mutating func accusedDenier(_ denier: EntityKey, denial: Int, targets: inout Set<Int>) -> EntityKey {
        let accusations = targets.filter { events[$0].kind == .accusation }
        guard let accusation = accusations.min() else { return denier }
        targets = accusations
        let parties = events[accusation].participants
        guard parties.first(where: { $0.role == "agent" })?.entity == denier,
            let accused = parties.first(where: { $0.role == "subject" })?.entity
        else { return denier }
        for index in events[denial].participants.indices where events[denial].participants[index].entity == denier {
            events[denial].participants[index].entity = accused
        }
        return accused
    }

    /// The accusation told last in the three sentences before `sentence`.
    private func latestAccusation(before sentence: Int) -> Int? {
        events.indices.last { index in
            guard events[index].kind == .accusation, let told = events[index].sentences.last else { return false }
            return told < sentence && told >= sentence - 3
        }
    }
}
