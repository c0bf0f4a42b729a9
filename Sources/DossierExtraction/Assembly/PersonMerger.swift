import Dossier

extension DraftAssembler {

    /// Each person's forms mapped to the longest: same first and last word,
    /// the shorter's words all in the longer; a lone word to the one full
    /// name across the documents that ends with it.
    func personMap() -> [EntityKey: EntityKey] {
        var names = Set<String>()
        for document in documents {
            for key in document.surfaces.keys where key.kind == .person { names.insert(key.name) }
        }
        let split = names.map { ($0, $0.split(separator: " ").map(String.init)) }
            .sorted { ($0.1.count, $0.0) > ($1.1.count, $1.0) }
        var map: [EntityKey: EntityKey] = [:]
        var byLast: [String: [(String, [String])]] = [:]
        var longerByLast: [String: Int] = [:]
        for entry in split {
            byLast[entry.1.last ?? "", default: []].append(entry)
            if entry.1.count > 1 { longerByLast[entry.1.last ?? "", default: 0] += 1 }
        }
        for (name, words) in split {
            let sameLast = byLast[words.last ?? ""] ?? []
            let target = sameLast.first { other in
                !keepApart.contains(NamePair(name, other.0)) && other.1.count > words.count
                    && (words.count == 1
                        ? other.1.last == words[0]
                            && longerByLast[words[0]] == 1
                        : other.1.first == words.first && other.1.last == words.last
                            && Set(words).isSubset(of: Set(other.1)))
            }
            if let target {
                let resolved = map[EntityKey(kind: .person, name: target.0)] ?? EntityKey(kind: .person, name: target.0)
                map[EntityKey(kind: .person, name: name)] = resolved
            }
        }
        return map
    }
}
