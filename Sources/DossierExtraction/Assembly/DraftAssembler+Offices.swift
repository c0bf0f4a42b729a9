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
}
