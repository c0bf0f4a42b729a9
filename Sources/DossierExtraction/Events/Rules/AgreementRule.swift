import Dossier

/// "Chile and Argentina signed an agreement on lithium in Santiago": the
/// parties of the clause before "signed" (and one after "with"), an accord
/// word within four words, a place "in" or "at" within fourteen.
struct AgreementRule: EventRule {
    var kind: Lexicon.EventKind { .agreement }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        let tokens = sentence.tokens
        let unit = trigger.unit
        let nearby = tokens[unit.end..<min(tokens.count, unit.end + 4)].map(\.lower)
        guard trigger.form == "signing", nearby.contains(where: { sentence.words.accordWords.contains($0) }) else {
            return []
        }
        let clauseStart = tokens[..<unit.start].lastIndex { [";", ":", "-"].contains($0.text) } ?? 0
        let actorKinds = DocumentAnalyzer.partyKinds
        var parties = sentence.units.filter {
            $0.start >= clauseStart && $0.end <= unit.start && !$0.isDemonym && !$0.isQualifier
                && ($0.entity.map { actorKinds.contains($0.kind) } ?? false)
        }.compactMap(\.entity)
        if let withIndex = tokens[unit.end...].prefix(8).firstIndex(where: { $0.lower == "with" }),
            let partner = sentence.firstEntity(after: withIndex + 1, within: 3, kinds: actorKinds)
        {
            parties.append(partner)
        }
        let joins = parties.isEmpty && sentence.namesTwoParties(before: unit.start)
        guard !parties.isEmpty || joins else { return [] }
        var event = EventRecord(kind: .agreement, date: sentence.date(of: unit), sentences: [sentence.index])
        event.joinsLastMeeting = joins
        for party in parties { event.add(party, role: "participant", sentence: sentence.index) }
        if let place = sentence.heldIn(after: unit.end, within: 14) {
            event.places.append((place, sentence.index))
        }
        return [.event(event)]
    }
}
