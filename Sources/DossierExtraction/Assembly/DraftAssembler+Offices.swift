import Dossier

extension DraftAssembler {
    /// "CIA chief Ana Lowell" in one article and "the former U.S. spy chief
    /// Ana Lowell" in another: one person holding an organization's title
    /// and a title of the organization's country (the lexicon's) with the
    /// same head noun holds one office, the organization's. The country's
    /// office is joined into it, unless someone else holds it too.
    /// - Returns: each joined office and the office it was joined into.
    func sameBodyOffices(people: [EntityKey: EntityKey]) -> [EntityKey: EntityKey] {
        var owners: [EntityKey: EntityKey] = [:]
        var held: [EntityKey: Set<EntityKey>] = [:]
        var holders: [EntityKey: Set<EntityKey>] = [:]
        for document in documents {
            for fact in document.facts {
                guard case .entity(let source) = fact.source, case .entity(let target) = fact.target else { continue }
                if fact.kind == .officeOf { owners[source] = target }
                if fact.kind == .holds {
                    let person = people[source] ?? source
                    held[person, default: []].insert(target)
                    holders[target, default: []].insert(person)
                }
            }
        }
        var joined: [EntityKey: EntityKey] = [:]
        for offices in held.values {
            for narrow in offices.sorted() {
                guard let body = owners[narrow], body.kind == .organization,
                    let country = lexicon.countryOfOrganization[body.name]
                else { continue }
                for broad in offices.sorted() where broad != narrow && joined[broad] == nil {
                    guard owners[broad] == EntityKey(kind: .country, name: country),
                        Self.headNoun(of: broad) == Self.headNoun(of: narrow), holders[broad]?.count == 1
                    else { continue }
                    joined[broad] = narrow
                }
            }
        }
        return joined
    }

    /// The last word of an office's title, lower case: "Spy Chief of the
    /// United States" and "Chief of the Central Intelligence Agency" share "chief".
    static func headNoun(of office: EntityKey) -> String {
        let words = office.name.split(separator: " ")
        return words.prefix { $0 != "of" && $0 != "to" }.last?.lowercased() ?? ""
    }

    /// "special assistant on overseas Pakistanis" in one sentence, "… on
    /// overseas Pakistanis and human resource development" in another and
    /// "… for Pakistanis Overseas" in another article: one person's offices
    /// of one title and body whose portfolios' words hold one another's are
    /// one office. The office kept is the one whose portfolio is held by the
    /// most of the others, the shortest, the first read; an office that
    /// someone else holds too is left as it is.
    /// - Returns: each joined office and the office it was joined into.
    func samePortfolioOffices(people: [EntityKey: EntityKey]) -> [EntityKey: EntityKey] {
        var held: [EntityKey: [EntityKey]] = [:]
        var holders: [EntityKey: Set<EntityKey>] = [:]
        for document in documents {
            for fact in document.facts where fact.kind == .holds {
                guard case .entity(let source) = fact.source, case .entity(let office) = fact.target else { continue }
                let person = people[source] ?? source
                if holders[office, default: []].insert(person).inserted { held[person, default: []].append(office) }
            }
        }
        var joined: [EntityKey: EntityKey] = [:]
        for person in held.keys.sorted() {
            var groups: [String: [EntityKey]] = [:]
            for office in held[person] ?? [] { groups[Self.portfolio(of: office).base, default: []].append(office) }
            for group in groups.values where group.count > 1 {
                let words = group.map { Self.portfolio(of: $0).words }
                let candidates = group.indices.filter { !words[$0].isEmpty }
                let keeper = candidates.max { left, right in
                    let leftHeld = words.count(where: { words[left].isSubset(of: $0) })
                    let rightHeld = words.count(where: { words[right].isSubset(of: $0) })
                    return (leftHeld, -words[left].count, -left) < (rightHeld, -words[right].count, -right)
                }
                guard let keeper else { continue }
                for member in group.indices where member != keeper && holders[group[member]]?.count == 1 {
                    guard words[member].isSubset(of: words[keeper]) || words[keeper].isSubset(of: words[member])
                    else { continue }
                    joined[group[member]] = group[keeper]
                }
            }
        }
        return joined
    }

    /// An office's name before its last " for ", and the lower-case words
    /// of its portfolio after it, "and" and "of" left out.
    static func portfolio(of office: EntityKey) -> (base: String, words: Set<String>) {
        let words = office.name.split(separator: " ")
        guard let cut = words.lastIndex(of: "for") else { return (office.name, []) }
        let portfolio = words[(cut + 1)...].map { $0.lowercased() }.filter { $0 != "and" && $0 != "of" }
        return (words[..<cut].joined(separator: " "), Set(portfolio))
    }
}
