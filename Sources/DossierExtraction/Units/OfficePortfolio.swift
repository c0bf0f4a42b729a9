import Dossier

extension DocumentAnalyzer {
    /// What an office is for, after its title: "special assistant on
    /// overseas Pakistanis and human resource development", "Commissioner
    /// for Human Rights", "special envoy for Afghanistan". Only titles whose
    /// head is in `portfolio-heads` take one; the words run until
    /// punctuation, a function word, a word of `portfolio-stops`, or a unit
    /// other than a country or place (a person, a date, a trigger), at most
    /// six words.
    /// - Returns: the portfolio in title case and the token just past it,
    ///   or `nil` when the title takes none or no word fits.
    func portfolio(after end: Int, title: String, units: [Unit], tokens: [Token]) -> (name: String, end: Int)? {
        guard end + 1 < tokens.count, tokens[end].lower == "for" || tokens[end].lower == "on",
            lexicon.words.portfolioHeads.contains(Self.titleHead(title))
        else { return nil }
        var words: [String] = []
        var cursor = end + 1
        var last = cursor
        while cursor < tokens.count && words.count < 6 {
            if let unit = units.first(where: { $0.start <= cursor && cursor < $0.end }) {
                guard unit.start == cursor, let key = unit.entity, key.kind == .country || key.kind == .place,
                    case .entity = unit.kind
                else { break }
                words += tokens[unit.start..<unit.end].map(\.text)
                cursor = unit.end
                last = cursor
                continue
            }
            let token = tokens[cursor]
            guard token.isWord, token.text.unicodeScalars.allSatisfy(Tokenizer.isLetter) else { break }
            if token.lower == "and" {
                guard !words.isEmpty else { break }
            } else if lexicon.functionWords.contains(token.lower) || lexicon.words.portfolioStops.contains(token.lower)
            {
                break
            } else {
                last = cursor + 1
            }
            words.append(token.text)
            cursor += 1
        }
        while words.last?.lowercased() == "and" { words.removeLast() }
        guard !words.isEmpty else { return nil }
        let name = words.map { word in
            word.lowercased() == "and" ? "and" : word.prefix(1).uppercased() + word.dropFirst()
        }
        return (name.joined(separator: " "), last)
    }

    /// A title's head word, lower case: "Minister of State" → "minister",
    /// "Special Assistant" → "assistant"; of an office's whole name too:
    /// "Spy Chief of the United States" and "Chief of the Central
    /// Intelligence Agency" share "chief".
    static func titleHead(_ title: String) -> String {
        title.split(separator: " ").prefix { $0 != "of" && $0 != "to" && $0 != "for" }.last?.lowercased() ?? ""
    }
}
