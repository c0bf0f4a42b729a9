import Dossier

extension DocumentAnalyzer {

    /// Gives bare titles the one qualified office of that title in the
    /// document, and advisers' offices their owner's office. A bare title
    /// before a name with no such office ("President William Ruto" in an
    /// article about Kenya) is the article's main country's, marked as read
    /// from context.
    func resolveOffices(_ units: inout [[Unit]], tokens: [[Token]], mainCountry: String?, book: inout OfficeBook) {
        var byTitle: [String: Set<EntityKey>] = [:]
        for sentence in units {
            for unit in sentence {
                if case .office(let office) = unit.kind, let key = office.key {
                    byTitle[office.title, default: []].insert(key)
                }
            }
        }
        for sentence in units.indices {
            for position in units[sentence].indices {
                guard case .office(var office) = units[sentence][position].kind, office.key == nil else { continue }
                switch office.qualifier {
                case .none where office.role != .head:
                    let unit = units[sentence][position]
                    let named = units[sentence].first { $0.start == unit.end }?.entity
                    // "President William Ruto", "appointed Demeke Mekonnen as foreign minister".
                    var before = unit.start - 1
                    while before >= 0 && Grammar.articles.contains(tokens[sentence][before].lower) { before -= 1 }
                    let afterAs = before >= 0 && tokens[sentence][before].lower == "as"
                    // "Police spokesman Olumide Adeyemi" speaks for the police, not for the country.
                    let ofBody = unit.start > 0 && Grammar.bodyNouns.contains(tokens[sentence][unit.start - 1].lower)
                    if byTitle[office.title] == nil, let mainCountry, !ofBody, named?.kind == .person || afterAs {
                        office.qualifier = .country(mainCountry)
                        office.key = officeKey(office)
                        office.isContextual = true
                        break
                    }
                    guard let candidates = byTitle[office.title], candidates.count == 1,
                        let candidate = candidates.first
                    else { break }
                    // "Ukrainian President Zelenskiy … met President Joe Biden": a bare title before
                    // another name than the office's holder is another country's office.
                    if !office.isFormer, let named, named.kind == .person, let holder = book.holder(of: candidate),
                        holder != named
                    {
                        break
                    }
                    office.key = candidate
                    office.isBorrowed = true
                case .ownerPerson(let person):
                    if let owned = book.plainOffice(of: person) {
                        office.qualifier = .ownerOffice(owned)
                        office.key = officeKey(office)
                    } else if office.role == .advisory {
                        office.key = EntityKey(
                            kind: .office, name: "\(office.title) to \(person.name)\(office.portfolioSuffix)")
                    }
                default:
                    break
                }
                units[sentence][position].kind = .office(office)
            }
        }
    }

    /// Who holds which office: a title before a name, an appositive after a
    /// name or before one, "served as".
    func findHolds(_ units: [Unit], tokens: [Token], sentence: Int, book: inout OfficeBook) {
        for (position, unit) in units.enumerated() {
            guard case .office(let office) = unit.kind, let key = office.key else { continue }
            book.register(office, key: key, sentence: sentence)
            // "Albanese, on his first visit to India as prime minister": a borrowed office has its holder.
            func hold(_ person: EntityKey, former: Bool) {
                if office.isBorrowed, !former, let holder = book.holder(of: key), holder != person { return }
                book.hold(person, key, former: former, sentence: sentence)
            }
            if unit.isPossessive { continue }
            let following = units[(position + 1)...].firstIndex { $0.start >= unit.end } ?? units.count
            var next = following
            var expected = unit.end
            if next < units.count, case .honorific = units[next].kind, units[next].start == unit.end {
                expected = units[next].end
                next += 1
            }
            if next < units.count, let person = units[next].entity, person.kind == .person,
                units[next].start == expected
            {
                hold(person, former: office.isFormer)
                continue
            }
            if let comma = appositiveComma(after: unit, units, tokens) {
                var after = units.firstIndex { $0.start > comma } ?? units.count
                if after < units.count, case .honorific = units[after].kind { after += 1 }
                if after < units.count, let person = units[after].entity, person.kind == .person,
                    units[after].start <= comma + 2, case .entity = units[after].kind
                {
                    hold(person, former: office.isFormer)
                    continue
                }
            }
            if let holder = appositiveHolder(units, position, tokens) {
                hold(holder, former: office.isFormer)
                continue
            }
            if unit.start >= 1,
                tokens[unit.start - 1].lower == "as" || (unit.start >= 2 && tokens[unit.start - 2].lower == "as")
            {
                let verb = unit.start >= 3 ? tokens[max(0, unit.start - 3)..<unit.start].map(\.lower) : []
                let former = verb.contains("served") || verb.contains("worked") || office.isFormer
                if let holder = nearestPerson(units, before: position, excludingQualifierOf: position) {
                    hold(holder, former: former)
                }
                continue
            }
            if let (holder, former) = copulaSubject(units, position, tokens) {
                hold(holder, former: former || office.isFormer)
            }
        }
    }

    /// "Indian Prime Minister Modi met his Australian counterpart Anthony
    /// Albanese": the counterpart holds the same title in their country.
    func findCounterpartOffices(_ units: [Unit], tokens: [Token], sentence: Int, book: inout OfficeBook) {
        for (position, unit) in units.enumerated() {
            guard let person = unit.entity, person.kind == .person, case .entity = unit.kind, position >= 1,
                let word = Self.counterpartWord(before: unit.start, tokens),
                let country = units[position - 1].entity, country.kind == .country, units[position - 1].isDemonym,
                units[position - 1].end == word,
                let other = subject(units, before: units[position - 1].start, tokens: tokens, kinds: Self.personKind),
                other != person, let otherOffice = book.plainOffice(of: other),
                let entry = book.offices[otherOffice], case .country(let otherCountry) = entry.office.qualifier,
                otherCountry != country.name
            else { continue }
            var office = entry.office
            office.qualifier = .country(country.name)
            office.isFormer = false
            office.isBorrowed = false
            office.surface = ""
            guard let key = officeKey(office), book.holder(of: key) == nil else { continue }
            office.key = key
            book.register(office, key: key, sentence: sentence)
            // "then Pakistani foreign minister X met his Israeli counterpart Y": Y's holding is past too.
            let former = book.holdings.contains { $0.person == other && $0.office == otherOffice && $0.former }
            book.hold(person, key, former: former, sentence: sentence)
        }
    }

    /// Where "counterpart" stands before a name: right before it, or before
    /// a comma ("his Iranian counterpart, Mohammad Javad Zarif").
    static func counterpartWord(before start: Int, _ tokens: [Token]) -> Int? {
        if start >= 2, tokens[start - 1].lower == "counterpart" { return start - 1 }
        if start >= 3, tokens[start - 1].text == ",", tokens[start - 2].lower == "counterpart" { return start - 2 }
        return nil
    }

    /// "She was twice Finance Minister of Nigeria", "Okafor is the current
    /// mayor of Lagos": a person or he/she opening the sentence, a copula,
    /// at most two small words, then the office. "was" makes the holding
    /// a former one. A bracket after the subject ("Ana Ruiz (born 1961)
    /// was …") is passed over, with any names inside it.
    func copulaSubject(_ units: [Unit], _ position: Int, _ tokens: [Token]) -> (EntityKey, Bool)? {
        guard position >= 1, units[0].start == 0 else { return nil }
        let subject: EntityKey
        switch units[0].kind {
        case .entity(let key, _) where key.kind == .person: subject = key
        case .pronoun(let key?) where ["he", "she"].contains(tokens[0].lower): subject = key
        default: return nil
        }
        let copula = Token.end(ofBracketAt: units[0].end, in: tokens)
        guard units[1..<position].allSatisfy({ $0.end <= copula }) else { return nil }
        let office = units[position].start
        guard copula < office, ["is", "was", "became"].contains(tokens[copula].lower), office - copula <= 3,
            tokens[(copula + 1)..<office].allSatisfy({ lexicon.words.copulaFillers.contains($0.lower) })
        else { return nil }
        return (subject, tokens[copula].lower == "was")
    }

    /// "X, the Y's Z," → X holds Z: the office ends a noun phrase that
    /// starts right after a comma that follows a person.
    func appositiveHolder(_ units: [Unit], _ position: Int, _ tokens: [Token]) -> EntityKey? {
        let unit = units[position]
        var start = unit.start
        while start > 0 && Grammar.determiners.contains(tokens[start - 1].lower) { start -= 1 }
        guard start >= 2, tokens[start - 1].text == "," else { return nil }
        let closes =
            unit.end >= tokens.count || [",", ".", ";", ")"].contains(tokens[unit.end].text)
            || ["for", "on", "who", "and"].contains(tokens[unit.end].lower)
        guard closes else { return nil }
        let previous = units[..<position].last { $0.end <= start - 1 && !$0.isQualifier }
        guard let previous, previous.end == start - 1, let person = previous.entity, person.kind == .person else {
            return nil
        }
        return person
    }

    func nearestPerson(_ units: [Unit], before position: Int, excludingQualifierOf office: Int? = nil) -> EntityKey? {
        for unit in units[..<position].reversed() where !unit.isQualifier {
            if let key = unit.entity, key.kind == .person { return key }
        }
        return nil
    }
}
