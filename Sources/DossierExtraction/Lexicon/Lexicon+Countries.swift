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
}
