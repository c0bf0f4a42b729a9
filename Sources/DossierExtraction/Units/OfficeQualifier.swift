import Dossier

extension DocumentAnalyzer {
    /// Gives each office the country, organization or owner just before it
    /// or after "of", and marks former ones.
    func qualifyOffices(_ units: inout [Unit], tokens: [Token]) {
        for position in units.indices {
            guard case .office(var office) = units[position].kind else { continue }
            // "Deputy Finance Minister": a rank word before a title the lexicon lists is part of it.
            let first = units[position].start
            if first > 0, tokens[first - 1].isCapitalized, Grammar.rankWords.contains(tokens[first - 1].lower),
                !office.title.lowercased().hasPrefix(tokens[first - 1].lower),
                position == 0 || units[position - 1].end < first
            {
                office.title =
                    tokens[first - 1].text.prefix(1).uppercased() + tokens[first - 1].lower.dropFirst()
                    + " " + office.title
                units[position].start = first - 1
            }
            var start = units[position].start
            if let qualifier = qualifierBefore(units, position, tokens) {
                office.qualifier = qualifier
                units[position - 1].isQualifier = true
                start = units[position - 1].start
            } else if let qualifier = qualifierAfterOf(units, position, tokens) {
                office.qualifier = qualifier
                units[position + 1].isQualifier = true
                units[position].end = units[position + 1].end
            } else if let qualifier = qualifierAfterName(units, position, tokens) {
                // "President Ana Costa of Chile": the title's country follows the name.
                office.qualifier = qualifier
                units[position + 2].isQualifier = true
            }
            if let found = portfolio(after: units[position].end, title: office.title, units: units, tokens: tokens) {
                // The portfolio's words belong to the office: a country among them is no mention of its own.
                for other in units.indices where other != position && units[other].start >= units[position].end {
                    if units[other].end <= found.end { units[other].isQualifier = true }
                }
                office.portfolio = found.name
                units[position].end = found.end
            }
            var before = start - 1
            while before >= 0 && Grammar.articles.contains(tokens[before].lower) { before -= 1 }
            if before >= 0 && lexicon.words.formerWords.contains(tokens[before].lower) { office.isFormer = true }
            if tokens[units[position].start].lower.hasPrefix("ex-") { office.isFormer = true }
            office.key = officeKey(office)
            office.surface = Self.surface(tokens[start..<units[position].end])
            units[position].kind = .office(office)
            units[position].start = start
        }
    }

    /// Words as written, joined by spaces, a possessive `'s` kept on its word.
    static func surface(_ words: ArraySlice<Token>) -> String {
        var text = ""
        for token in words {
            if !text.isEmpty && token.lower != "'s" && token.text != "'" { text += " " }
            text += token.text
        }
        return text
    }

    /// "Pakistan's", "the Pakistani", "Osei's", "his", "the Prime
    /// Minister's": what right before an office (or before its `'s`) owns it.
    private func qualifierBefore(_ units: [Unit], _ position: Int, _ tokens: [Token]) -> OfficeUnit.Qualifier? {
        guard position > 0 else { return nil }
        let previous = units[position - 1]
        let gap = units[position].start - previous.end
        guard gap == 0 || (gap == 1 && previous.isPossessive) else { return nil }
        switch previous.kind {
        case .entity(let key, _) where key.kind == .country:
            return .country(key.name)
        case .entity(let key, _) where key.kind == .organization:
            return .organization(key.name)
        case .entity(let key, _) where key.kind == .person && previous.isPossessive:
            return .ownerPerson(key)
        case .pronoun(let key?) where tokens[previous.start].lower != "he" && tokens[previous.start].lower != "she":
            return .ownerPerson(key)
        case .office(let owner) where previous.isPossessive:
            return owner.key.map { .ownerOffice($0) }
        default:
            return nil
        }
    }

    /// "Minister of Finance of Kenya", "Head of the Pakistani army": a
    /// country or organization after "of" (and "the" or "a"), unless it
    /// qualifies an office right after it.
    private func qualifierAfterOf(_ units: [Unit], _ position: Int, _ tokens: [Token]) -> OfficeUnit.Qualifier? {
        guard position + 1 < units.count else { return nil }
        let end = units[position].end
        let next = units[position + 1]
        let nextQualifies =
            position + 2 < units.count && units[position + 2].start <= next.end + 1
            && { if case .office = units[position + 2].kind { true } else { false } }()
        guard end < tokens.count, tokens[end].lower == "of", !nextQualifies,
            next.start == end + 1 || (next.start == end + 2 && ["the", "a"].contains(tokens[end + 1].lower)),
            case .entity(let key, _) = next.kind
        else { return nil }
        return Self.ownerQualifier(key)
    }

    /// "President Ana Costa of Chile": the country or organization after
    /// the name that follows the title.
    private func qualifierAfterName(_ units: [Unit], _ position: Int, _ tokens: [Token]) -> OfficeUnit.Qualifier? {
        guard position + 2 < units.count, case .entity(let person, _) = units[position + 1].kind,
            person.kind == .person, units[position + 1].start == units[position].end,
            units[position + 1].end < tokens.count, tokens[units[position + 1].end].lower == "of",
            units[position + 2].start == units[position + 1].end + 1,
            case .entity(let owner, _) = units[position + 2].kind
        else { return nil }
        return Self.ownerQualifier(owner)
    }

    /// A country or an organization as an office's owner.
    private static func ownerQualifier(_ key: EntityKey) -> OfficeUnit.Qualifier? {
        switch key.kind {
        case .country: .country(key.name)
        case .organization: .organization(key.name)
        default: nil
        }
    }

    /// The office entity for a qualified title; `nil` until an owner
    /// person's office is known, or when a head has no organization.
    func officeKey(_ office: OfficeUnit) -> EntityKey? {
        switch (office.qualifier, office.role) {
        case (.country, .head):
            // "the Australian leader", "a Kenyan director": a head of nothing named is no office.
            return nil
        case (.country(let country), _):
            return EntityKey(kind: .office, name: "\(office.title) of \(ownerName(country))\(office.portfolioSuffix)")
        case (.organization(let organization), _):
            return EntityKey(
                kind: .office, name: "\(office.title) of \(ownerName(organization))\(office.portfolioSuffix)")
        case (.ownerOffice(let owner), _):
            return EntityKey(kind: .office, name: "\(office.title) to the \(owner.name)\(office.portfolioSuffix)")
        default:
            return nil
        }
    }

    /// An owner's name as it stands after "of" in an office's name: "the
    /// United States", "the Pakistan Army", but "Mossad", "Kenya".
    func ownerName(_ name: String) -> String {
        let lists = lexicon.words
        if lists.articleNames.contains(name) { return "the " + name }
        // "Pakistan Army", or "Foreign Ministry of China": the head is last, or before "of".
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.prefix(while: { $0 != "of" }).last else { return name }
        return lists.articleHeads.contains(last.lowercased()) ? "the " + name : name
    }
}
