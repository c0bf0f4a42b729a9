import Dossier

/// Events of one document as they are found, and what is said about them.
struct EventCollector: Sendable {
    struct Message: Sendable {
        var carrier: EntityKey
        var senders: [EntityKey]
        var recipients: [EntityKey]
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
        for message in messages {
            var target = events.firstIndex { $0.kind == .visit && $0.mainParticipant == message.carrier }
            if target == nil {
                var event = EventRecord(kind: .message, date: message.date, sentences: [message.sentence])
                event.add(message.carrier, role: "agent", sentence: message.sentence)
                target = add(event, sentence: message.sentence)
            }
            for sender in message.senders where sender != message.carrier {
                events[target!].add(sender, role: "sender", sentence: message.sentence)
            }
            for recipient in message.recipients where recipient != message.carrier {
                events[target!].add(recipient, role: "recipient", sentence: message.sentence)
            }
            if events[target!].date == nil { events[target!].date = message.date }
            touched[message.sentence, default: []].insert(target!)
        }
        var reportedEvents = Set<Int>()
        for (source, sentence) in reports {
            for event in (touched[sentence] ?? []).sorted()
            where events[event].kind != .denial && events[event].kind != .statement {
                facts.add(
                    FactRecord(kind: .reported, source: .entity(source), target: .event(event), sentence: sentence))
                reportedEvents.insert(event)
            }
        }
        for (denier, denial, sentence) in denials {
            // What someone says beside a denial ("denied the accusations and said …") is not what is denied.
            var targets = (touched[sentence] ?? []).filter {
                events[$0].kind != .denial && events[$0].kind != .statement && $0 != denial
            }
            // "X denied allegations that he visited Y": what is denied is the allegations.
            let allegations = targets.filter { events[$0].label == "allegations" }
            if !allegations.isEmpty { targets = allegations }
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

    /// The accusation told last in the three sentences before `sentence`.
    private func latestAccusation(before sentence: Int) -> Int? {
        events.indices.last { index in
            guard events[index].kind == .accusation, let told = events[index].sentences.last else { return false }
            return told < sentence && told >= sentence - 3
        }
    }
}
