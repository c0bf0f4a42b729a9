import Dossier

/// The full names of people in a document (two words or more), with the
/// look-ups that find the full name a shorter form stands for.
struct FullNames {
    /// The distinct full names as words, longest first.
    private(set) var names: [[String]] = []
    private var byLastWord: [String: [[String]]] = [:]
    private var byFirstWord: [String: [[String]]] = [:]

    /// The full names of the people the sentences mention.
    init(_ sentences: [ReadSentence]) {
        var seen: Set<[String]> = []
        for sentence in sentences {
            for mention in sentence.mentions where mention.kind == .person && mention.name.utf8.contains(0x20) {
                let words = mention.name.split(separator: " ").map(String.init)
                if words.count >= 2 && seen.insert(words).inserted { names.append(words) }
            }
        }
        names.sort { $0.count > $1.count }
        for words in names {
            byLastWord[words[words.count - 1], default: []].append(words)
            byFirstWord[words[0], default: []].append(words)
        }
    }

    /// The full name `words` stand for: for one word, the one full name
    /// ending in it (or several that share first and last words), else —
    /// when `useFirst` — the one starting with it, else the one that has it
    /// inside ("Lula" for "Luiz Inacio Lula da Silva"); for several words,
    /// a longer name with the same first and last words, else the one
    /// longer name they end ("Lopez Obrador").
    func longest(for words: [String], byFirstWord useFirst: Bool) -> String? {
        if words.count == 1 { return longest(forWord: words[0], byFirstWord: useFirst) }
        guard let first = words.first else { return nil }
        if let longer = byFirstWord[first]?.first(where: { $0.count > words.count && $0.last == words.last }) {
            return longer.joined(separator: " ")
        }
        let bySuffix = (byLastWord[words[words.count - 1]] ?? []).filter {
            $0.count > words.count && $0.suffix(words.count).elementsEqual(words)
        }
        return bySuffix.count == 1 ? bySuffix[0].joined(separator: " ") : nil
    }

    private func longest(forWord word: String, byFirstWord useFirst: Bool) -> String? {
        let byLast = byLastWord[word] ?? []
        // The names are distinct, so one of them, or several that share first and last words.
        if byLast.count >= 1, byLast.count == 1 || byLast.allSatisfy({ DocumentReader.contains($0, byLast[0]) }) {
            return byLast[0].joined(separator: " ")
        }
        guard useFirst else { return nil }
        let byFirst = byFirstWord[word] ?? []
        if byFirst.count == 1 { return byFirst[0].joined(separator: " ") }
        guard byFirst.isEmpty, word.first?.isUppercase ?? false else { return nil }
        let byInner = names.filter { $0.count >= 3 && $0[1..<($0.count - 1)].contains(word) }
        return byInner.count == 1 ? byInner[0].joined(separator: " ") : nil
    }
}

extension DocumentReader {
    /// Joins the forms of each person's name within the document: a lone
    /// word or a shorter name becomes the longest name that has it as its
    /// last (or first) word, or that starts and ends alike.
    static func resolvePeople(_ sentences: inout [ReadSentence]) {
        let defined = resolveDefinedNames(&sentences)
        let fullNames = FullNames(sentences)
        var answers: [String: String?] = [:]
        for index in sentences.indices {
            for position in sentences[index].mentions.indices {
                let mention = sentences[index].mentions[position]
                let guessedWord = mention.isGuess && mention.end - mention.start == 1
                guard mention.kind == .person || mention.kind == .candidate || guessedWord else { continue }
                // A name the article defines as something else keeps that kind ("Goodooga is a village").
                if let kind = defined[mention.name], kind != .person { continue }
                guard !fullNames.names.isEmpty else { continue }
                // A word guessed to be a place or organization may be a surname, not a first name.
                let useFirst = mention.kind == .person || mention.kind == .candidate
                let question = useFirst ? mention.name : "\u{1}" + mention.name
                let answer: String?
                if let known = answers[question] {
                    answer = known
                } else {
                    let words = mention.name.split(separator: " ").map(String.init)
                    answer = fullNames.longest(for: words, byFirstWord: useFirst)
                    answers[question] = .some(answer)
                }
                if let name = answer {
                    sentences[index].mentions[position].kind = .person
                    sentences[index].mentions[position].name = name
                }
            }
            sentences[index].mentions.removeAll { $0.kind == .candidate }
        }
    }
}
