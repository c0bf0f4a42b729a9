import Dossier

extension Lexicon {
    /// The country a word names by itself ("US", "Pakistan"), for words
    /// inside a hyphenated token that is no unit of its own.
    func country(named word: String) -> EntityKey? {
        for sense in senses(of: word) {
            if case .country(let name) = sense { return EntityKey(kind: .country, name: name) }
        }
        return nil
    }

    /// The country whose name or demonym opens a longer name ("Chinese"
    /// in "Chinese National Party", "Lao" in "Lao People's Revolutionary
    /// Party"), if one does.
    func country(opening name: String) -> String? {
        let words = name.split(separator: " ").map { Tokenizer.lowercased(String($0)) }
        for (length, senses) in matches(words, from: 0) where length < words.count {
            for sense in senses {
                switch sense {
                case .country(let country), .demonym(let country): return country
                default: continue
                }
            }
        }
        return nil
    }

    /// Whether an organization's name is a national body's by its head word
    /// (`national-body-heads`): the word before "of" or "for" when there is
    /// one ("Department of Environment", "Party for Democracy"), else the
    /// last ("Interior Ministry", "Labour Party").
    /// A body the lexicon lists as international ("European Commission")
    /// is no country's.
    func isNationalBody(_ name: String) -> Bool {
        if internationalOrganizations.contains(name) { return false }
        let words = name.split(separator: " ").map { Tokenizer.lowercased(String($0)) }
        let head = words.indices.dropFirst().first { words[$0] == "of" || words[$0] == "for" }.map { words[$0 - 1] }
        return words.last.map { self.words.nationalBodyHeads.contains(head ?? $0) } ?? false
    }

    /// Whether lower-case words hold an organization's cue word before "of"
    /// or "for" ("party of struggle", "institute for fiscal studies"), or,
    /// with `orLast`, as their last word.
    func hasOrganizationCue(_ lowered: [String], orLast: Bool) -> Bool {
        lowered.indices.contains { position in
            guard nameCues[lowered[position]] == .organization else { return false }
            if position == lowered.count - 1 { return orLast }
            return Self.namesGoOn(after: lowered[position], preposition: lowered[position + 1])
        }
    }

    /// Whether an organization's cue word and the preposition after it go on
    /// into the name: "of" and "for" after any cue, "on" after the head of a
    /// body named for its subject ("Commission on Human Rights").
    static func namesGoOn(after cue: String, preposition: String) -> Bool {
        preposition == "of" || preposition == "for" || (preposition == "on" && Grammar.topicHeads.contains(cue))
    }

    /// Whether a token is a weekday or a month, by the lexicon's date words.
    func isDateWord(_ token: Token) -> Bool {
        token.isCapitalized
            && senses(of: token).contains {
                switch $0 {
                case .weekday, .month: true
                default: false
                }
            }
    }

    /// Whether a token is a weekday ("Monday"), by the lexicon's date words.
    func isWeekday(_ token: Token) -> Bool {
        token.isCapitalized && senses(of: token).contains { if case .weekday = $0 { true } else { false } }
    }
}
