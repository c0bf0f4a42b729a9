import Dossier

extension DocumentAnalyzer {
    /// What "signed" must be near to make an agreement ("signed an accord"), not a club's new player.
    static let accordWords: Set<String> = [
        "agreement", "agreements", "accord", "accords", "treaty", "deal", "pact", "memorandum", "protocol",
        "declaration", "contract", "truce", "ceasefire", "armistice",
    ]

    static let reportWords: Set<String> = [
        "report", "reported", "reports", "according", "added", "says", "said", "states",
    ]

    func findEvents(_ units: [Unit], tokens: [Token], sentence: Int, book: OfficeBook, events: inout EventCollector) {
        let dates = units.compactMap { unit -> (Int, String)? in
            if case .date(let value) = unit.kind, !value.isEmpty { return (unit.start, value) }
            return nil
        }
        func date(after position: Int) -> String? {
            dates.first { $0.0 >= position }?.1 ?? dates.first?.1
        }
        func entity(_ unit: Unit) -> EntityKey? {
            if case .office(let office) = unit.kind, let key = office.key { return book.holder(of: key) ?? key }
            return unit.entity
        }
        func firstAfter(_ position: Int, within: Int, kinds: Set<EntityKind>) -> EntityKey? {
            units.first {
                $0.start >= position && $0.start <= position + within && !$0.isDemonym
                    && ($0.entity.map { kinds.contains($0.kind) } ?? false)
            }?.entity
        }
        var explicitSource: EntityKey?
        for (position, unit) in units.enumerated() {
            guard case .trigger(let kind, let surface) = unit.kind else { continue }
            let subject =
                nearPronounSubject(units, tokens: tokens, before: position)
                ?? subject(units, before: unit.start, tokens: tokens)
                ?? pronounSubject(units, before: position)
            switch kind {
            case .visit:
                let subjectEnd = units.first { $0.entity == subject && $0.end <= unit.start }?.end ?? 0
                let reportedBefore = units[..<position].contains { candidate in
                    if case .trigger(.report, _) = candidate.kind { return candidate.start >= subjectEnd }
                    return false
                }
                var visitor = subject?.kind == .person && !reportedBefore ? subject : nil
                if position > 0, units[position - 1].isPossessive, units[position - 1].end + 1 >= unit.start - 1,
                    let owner = units[position - 1].entity, owner.kind == .person
                {
                    visitor = owner
                }
                guard let visitor, let destination = firstAfter(unit.end, within: 6, kinds: Self.placeKinds) else {
                    continue
                }
                var event = EventRecord(kind: .visit, date: date(after: unit.end), sentences: [sentence])
                event.add(visitor, role: "visitor", sentence: sentence)
                event.places.append((destination, sentence))
                _ = events.add(event, sentence: sentence)
            case .meeting:
                var first = subject
                if position > 0, case .pronoun(let owner?) = units[position - 1].kind,
                    units[position - 1].end == unit.start
                {
                    first = owner
                }
                let other = units.first { candidate in
                    guard case .entity(let key, _) = candidate.kind else { return false }
                    return candidate.start >= unit.end && candidate.start <= unit.end + 10 && key.kind == .person
                        && key != first
                }?.entity
                guard first != nil || other != nil else { continue }
                var event = EventRecord(kind: .meeting, date: date(after: unit.end), sentences: [sentence])
                for person in [first, other].compactMap({ $0 }) {
                    event.add(person, role: "participant", sentence: sentence)
                }
                if let place = firstAfter(unit.end, within: 14, kinds: Self.placeKind) {
                    event.places.append((place, sentence))
                }
                _ = events.add(event, sentence: sentence)
            case .message:
                let nearby = tokens[unit.end..<min(tokens.count, unit.end + 4)].map(\.lower)
                guard let carrier = subject, nearby.contains(where: { $0.hasPrefix("message") }) else { continue }
                var senders: [EntityKey] = []
                var recipients: [EntityKey] = []
                var mode = 0
                var cursor = unit.end
                while cursor < tokens.count {
                    let word = tokens[cursor].lower
                    if word == "from" { mode = 1 }
                    if word == "to" && mode == 1 { mode = 2 }
                    if tokens[cursor].text == ",", let next = units.first(where: { $0.start > cursor }),
                        next.end < tokens.count,
                        units.contains(where: { unit in
                            if case .trigger(.report, _) = unit.kind {
                                return unit.start <= next.end + 1 && unit.start >= next.end
                            }
                            return false
                        })
                    {
                        break
                    }
                    if let here = units.first(where: { $0.start == cursor && !$0.isQualifier }), let key = entity(here),
                        [.person, .organization, .office].contains(key.kind)
                    {
                        if mode == 1 && !senders.contains(key) { senders.append(key) }
                        if mode == 2 && !recipients.contains(key) { recipients.append(key) }
                        cursor = here.end
                        continue
                    }
                    cursor += 1
                }
                senders = Self.preferPeople(senders)
                recipients = Self.preferPeople(recipients)
                events.messages.append(
                    .init(
                        carrier: carrier, senders: senders, recipients: recipients, sentence: sentence,
                        date: date(after: unit.end)))
            case .denial:
                guard let denier = subject else { continue }
                var event = EventRecord(kind: .denial, date: date(after: unit.end), sentences: [sentence])
                event.add(denier, role: "agent", sentence: sentence)
                let index = events.add(event, sentence: sentence)
                events.touched[sentence]?.remove(index)
                events.denials.append((denier, index, sentence))
            case .report:
                if surface.lowercased() == "report from" || surface.lowercased() == "according to" {
                    explicitSource = firstAfter(unit.end, within: 4, kinds: Self.actorKinds) ?? explicitSource
                } else if let previous = units[..<position].last(where: { $0.end <= unit.start }),
                    previous.end >= unit.start - 1
                        || (previous.end == unit.start - 2
                            && ["newspaper", "daily", "agency", "paper"].contains(tokens[unit.start - 1].lower)),
                    let source = previous.entity, [.organization, .person].contains(source.kind)
                {
                    explicitSource = source
                }
            case .appointment:
                guard let appointer = subject,
                    let appointee = units.first(where: {
                        $0.start >= unit.end && $0.entity?.kind == .person && $0.entity != appointer
                    })?.entity
                else { continue }
                var event = EventRecord(kind: .appointment, date: date(after: unit.end), sentences: [sentence])
                event.add(appointee, role: "subject", sentence: sentence)
                event.add(appointer, role: "agent", sentence: sentence)
                _ = events.add(event, sentence: sentence)
            case .resignation:
                guard let person = subject, person.kind == .person else { continue }
                var event = EventRecord(kind: .resignation, date: date(after: unit.end), sentences: [sentence])
                event.add(person, role: "agent", sentence: sentence)
                _ = events.add(event, sentence: sentence)
                events.resigned.append(person)
            case .exercise:
                guard let (label, organizer) = exerciseLabel(tokens, before: unit.start) else { continue }
                var event = EventRecord(kind: .exercise, label: label, sentences: [sentence])
                if let year = label.split(separator: " ").last.flatMap({ Int($0) }), (1900...2100).contains(year) {
                    event.date = String(year)
                }
                if let organizer { event.add(organizer, role: "organizer", sentence: sentence) }
                _ = events.add(event, sentence: sentence)
            case .demand:
                guard let agent = subject else { continue }
                let object = tokens[unit.end..<min(tokens.count, unit.end + 3)].prefix {
                    !Self.prepositions.contains($0.lower) && $0.isWord
                }
                var event = EventRecord(kind: .demand, sentences: [sentence])
                event.label = ([surface.lowercased()] + object.map(\.text)).joined(separator: " ")
                event.date = date(after: unit.end)
                event.add(agent, role: "agent", sentence: sentence)
                _ = events.add(event, sentence: sentence)
            case .agreement:
                // "Chile and Argentina signed an agreement on lithium in Santiago": signing parties, place, date.
                let nearby = tokens[unit.end..<min(tokens.count, unit.end + 4)].map(\.lower)
                guard surface.lowercased() == "signed", nearby.contains(where: { Self.accordWords.contains($0) })
                else { continue }
                let clauseStart = tokens[..<unit.start].lastIndex { [";", ":", "-"].contains($0.text) } ?? 0
                let actorKinds = Self.partyKinds
                var parties = units.filter {
                    $0.start >= clauseStart && $0.end <= unit.start && !$0.isDemonym && !$0.isQualifier
                        && ($0.entity.map { actorKinds.contains($0.kind) } ?? false)
                }.compactMap(\.entity)
                if let withIndex = tokens[unit.end...].prefix(8).firstIndex(where: { $0.lower == "with" }),
                    let partner = firstAfter(withIndex + 1, within: 3, kinds: actorKinds)
                {
                    parties.append(partner)
                }
                guard !parties.isEmpty else { continue }
                var event = EventRecord(kind: .agreement, date: date(after: unit.end), sentences: [sentence])
                for party in parties { event.add(party, role: "participant", sentence: sentence) }
                if let place = firstAfter(unit.end, within: 14, kinds: Self.placeKind) {
                    event.places.append((place, sentence))
                }
                _ = events.add(event, sentence: sentence)
            case .accusation:
                // "The ministry accused Omar Haddad of fraud": who accuses whom.
                guard surface.lowercased().hasPrefix("accuse"), let agent = subject,
                    let accused = units.first(where: {
                        $0.start >= unit.end && $0.start <= unit.end + 2 && !$0.isDemonym && $0.entity != nil
                    })?.entity, accused != agent
                else { continue }
                var event = EventRecord(kind: .accusation, date: date(after: unit.end), sentences: [sentence])
                event.add(agent, role: "agent", sentence: sentence)
                event.add(accused, role: "subject", sentence: sentence)
                _ = events.add(event, sentence: sentence)
            case .statement, .pressure:
                break
            }
        }
        if let explicitSource {
            events.currentSource = explicitSource
            events.reports.append((explicitSource, sentence))
        } else if let source = events.currentSource, tokens.contains(where: { Self.reportWords.contains($0.lower) }) {
            events.reports.append((source, sentence))
        }
    }

    /// Offices stand for their holders; keep an office only when nobody
    /// named holds it.
    static func preferPeople(_ keys: [EntityKey]) -> [EntityKey] {
        keys.filter { $0.kind != .office }
            + keys.filter { $0.kind == .office && !keys.contains(where: { $0.kind == .person }) }
    }

    /// "days after he accused X": a subject pronoun just before the trigger
    /// (an adverb or auxiliary between at most) is its subject, not a name
    /// earlier in the sentence.
    private func nearPronounSubject(_ units: [Unit], tokens: [Token], before position: Int) -> EntityKey? {
        guard position > 0, case .pronoun(let key?) = units[position - 1].kind,
            ["he", "she"].contains(tokens[units[position - 1].start].lower),
            units[position].start - units[position - 1].end <= 1
        else { return nil }
        return key
    }

    private func pronounSubject(_ units: [Unit], before position: Int) -> EntityKey? {
        for unit in units[..<position] {
            if case .pronoun(let key?) = unit.kind { return key }
        }
        return nil
    }

    /// The proper name of an exercise ("Sea Breeze 2021", "Red Flag") and
    /// its organizer from "US-organized" or "US-led".
    private func exerciseLabel(_ tokens: [Token], before position: Int) -> (String, EntityKey?)? {
        var end = position
        var skipped = 0
        while end > 0, skipped < 2, !tokens[end - 1].isCapitalized, tokens[end - 1].isWord,
            !(tokens[end - 1].text.unicodeScalars.first.map(Tokenizer.isDigit) ?? false)
        {
            end -= 1
            skipped += 1
        }
        while end > 0 && tokens[end - 1].text == "\"" { end -= 1 }
        var start = end
        while start > 0,
            tokens[start - 1].isCapitalized
                || (tokens[start - 1].text.unicodeScalars.first.map(Tokenizer.isDigit) ?? false),
            !tokens[start - 1].text.contains("-")
        {
            start -= 1
        }
        guard start < end else { return nil }
        let label = tokens[start..<end].map(\.text).joined(separator: " ")
        var organizer: EntityKey?
        var look = start - 1
        while look >= 0 && look >= start - 3 {
            let word = tokens[look].text
            if let dash = word.firstIndex(of: "-"),
                ["organized", "organised", "led", "hosted", "sponsored"].contains(
                    word[word.index(after: dash)...].lowercased())
            {
                for sense in lexicon.senses(of: String(word[..<dash])) {
                    if case .country(let name) = sense { organizer = EntityKey(kind: .country, name: name) }
                }
            }
            look -= 1
        }
        return (label, organizer)
    }
}
