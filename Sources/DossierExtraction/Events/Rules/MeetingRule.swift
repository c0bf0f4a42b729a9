import Dossier

/// "Omamo met her Ethiopian counterpart Mekonnen in Addis Ababa": the
/// subject (or the owner of "his meeting") and the first other person
/// within ten tokens after the trigger, and a place within fourteen.
struct MeetingRule: EventRule {
    var kind: Lexicon.EventKind { .meeting }

    func statements(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        if trigger.form == "hosting" { return hosting(at: trigger, in: sentence) }
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
        var event = EventRecord(kind: .meeting, date: sentence.date(of: unit), sentences: [sentence.index])
        for person in [first, other].compactMap({ $0 }) {
            event.add(person, role: "participant", sentence: sentence.index)
        }
        if let place = sentence.firstEntity(after: unit.end, within: 14, kinds: DocumentAnalyzer.placeKind) {
            event.places.append((place, sentence.index))
        }
        return [.event(event)]
    }

    /// "Abiy received Sudanese Foreign Minister Omar Siddiq in Addis Ababa
    /// for talks": a host and the person right after the trigger (an office
    /// may stand between), who visits; talks when "talks" follows within
    /// eight words. "received a letter from X" is no meeting.
    private func hosting(at trigger: Trigger, in sentence: SentenceView) -> [EventStatement] {
        let unit = trigger.unit
        guard let host = trigger.subject,
            let guestUnit = sentence.units.first(where: {
                $0.start >= unit.end && $0.entity != nil && !$0.isQualifier && !$0.isDemonym
            }),
            let guest = guestUnit.entity, guest.kind == .person, guest != host,
            guestUnit.start - unit.end <= 6,
            (unit.end..<guestUnit.start).allSatisfy({ position in
                isGuestTitle(at: position, in: sentence)
            })
        else { return [] }
        let after = sentence.tokens[guestUnit.end..<min(sentence.tokens.count, guestUnit.end + 8)]
        let kind: Lexicon.EventKind = after.contains { $0.lower == "talks" } ? .talks : .meeting
        var event = EventRecord(kind: kind, date: sentence.date(of: unit), sentences: [sentence.index])
        event.add(host, role: "host", sentence: sentence.index)
        event.add(guest, role: "visitor", sentence: sentence.index)
        if let place = sentence.firstEntity(after: guestUnit.end, within: 8, kinds: DocumentAnalyzer.placeKind) {
            event.places.append((place, sentence.index))
        }
        return [.event(event)]
    }

    /// Whether the word at `position`, between "received" and the guest, is
    /// part of the guest's title: inside an office, or "his", "the",
    /// "visiting" before one. "received a letter from X" has other words.
    private func isGuestTitle(at position: Int, in sentence: SentenceView) -> Bool {
        let inOffice = sentence.units.contains { candidate in
            guard candidate.start <= position && position < candidate.end else { return false }
            if case .office = candidate.kind { return true }
            return candidate.isQualifier
        }
        let word = sentence.tokens[position].lower
        return inOffice || Grammar.articles.contains(word) || Grammar.possessivePronouns.contains(word)
            || word == "visiting"
    }
}
