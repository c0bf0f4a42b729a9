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

    /// Whether a token is a weekday ("Monday"), by the lexicon's date words.
    func isWeekday(_ token: Token) -> Bool {
        token.isCapitalized && senses(of: token).contains { if case .weekday = $0 { true } else { false } }
    }
}
