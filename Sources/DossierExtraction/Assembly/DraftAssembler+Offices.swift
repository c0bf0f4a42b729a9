import Dossier

extension DraftAssembler {
    /// Who holds which office across the documents, people under their
    /// longest names: each person's offices in the order first read, each
    /// office's holders, and each office's owner.
    struct OfficeHoldings {
        var held: [EntityKey: [EntityKey]] = [:]
        var holders: [EntityKey: Set<EntityKey>] = [:]
        var owners: [EntityKey: EntityKey] = [:]
    }

    /// The documents' holds and officeOf facts, read once for both joins.
    func officeHoldings(people: [EntityKey: EntityKey]) -> OfficeHoldings {
        var holdings = OfficeHoldings()
        for document in documents {
            for fact in document.facts where fact.kind == .holds || fact.kind == .officeOf {
                guard case .entity(let source) = fact.source, case .entity(let target) = fact.target else { continue }
                if fact.kind == .officeOf {
                    holdings.owners[source] = target
                    continue
                }
                let person = people[source] ?? source
                if holdings.holders[target, default: []].insert(person).inserted {
                    holdings.held[person, default: []].append(target)
                }
            }
        }
        return holdings
    }

    /// Offices joined into another of the same role and body: by body
    /// (``sameBodyOffices(_:)``), then by portfolio (``samePortfolioOffices(_:)``).
    func joinedOffices(people: [EntityKey: EntityKey]) -> [EntityKey: EntityKey] {
        let holdings = officeHoldings(people: people)
        return sameBodyOffices(holdings).merging(samePortfolioOffices(holdings)) { body, _ in body }
    }

    /// "CIA chief Ana Lowell" in one article and "the former U.S. spy chief
    /// Ana Lowell" in another: one person holding an organization's title
    /// and a title of the organization's country (the lexicon's) with the
    /// same head noun holds one office, the organization's. The country's
    /// office is joined into it, unless someone else holds it too.
    /// - Returns: each joined office and the office it was joined into.
    func sameBodyOffices(_ holdings: OfficeHoldings) -> [EntityKey: EntityKey] {
        let owners = holdings.owners
        let holders = holdings.holders
        var joined: [EntityKey: EntityKey] = [:]
        for offices in holdings.held.values.map({ $0.sorted() }) {
            for narrow in offices {
                guard let body = owners[narrow], body.kind == .organization,
                    let country = lexicon.countryOfOrganization[body.name]
                else { continue }
                for broad in offices where broad != narrow && joined[broad] == nil {
                    guard owners[broad] == EntityKey(kind: .country, name: country),
                        DocumentAnalyzer.titleHead(broad.name) == DocumentAnalyzer.titleHead(narrow.name),
                        holders[broad]?.count == 1
                    else { continue }
                    joined[broad] = narrow
                }
            }
        }
        return joined
    }

    /// "special assistant on overseas Pakistanis" in one sentence, "… on
    /// overseas Pakistanis and human resource development" in another and
    /// "… for Pakistanis Overseas" in another article: one person's offices
    /// of one title and body whose portfolios' words hold one another's are
    /// one office. The office kept is the one whose portfolio is held by the
    /// most of the others, the shortest, the first read; an office that
    /// someone else holds too is left as it is.
    /// - Returns: each joined office and the office it was joined into.
    func samePortfolioOffices(_ holdings: OfficeHoldings) -> [EntityKey: EntityKey] {
        let held = holdings.held
        let holders = holdings.holders
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
