import Dossier

extension OfficeBook {
    /// "Mossad chief Yossi Cohen … then Israeli spy chief Cohen": one person
    /// holding, in one article, a title of an organization and a title of
    /// the organization's country with the same head noun holds one office,
    /// the organization's; the country's form becomes its alias.
    /// `countryOf` is the lexicon's country of each organization it knows.
    mutating func joinSameBody(countryOf: [String: String]) {
        for person in Set(holdings.map(\.person)).sorted() {
            let held = holdings.filter { $0.person == person }
            for narrow in held {
                guard let inner = offices[narrow.office], case .organization(let body) = inner.office.qualifier,
                    let country = countryOf[body]
                else { continue }
                for broad in held where broad.office != narrow.office {
                    guard let outer = offices[broad.office], case .country(country) = outer.office.qualifier,
                        Self.headNoun(inner.office.title) == Self.headNoun(outer.office.title)
                    else { continue }
                    join(broad.office, into: narrow.office, for: person)
                }
            }
        }
    }

    /// The title's last word, lower case: "Spy Chief" and "Chief" share "chief".
    static func headNoun(_ title: String) -> Substring {
        Substring(title.split(separator: " ").last?.lowercased() ?? "")
    }

    private mutating func join(_ office: EntityKey, into kept: EntityKey, for person: EntityKey) {
        guard let index = holdings.firstIndex(where: { $0.person == person && $0.office == office }) else { return }
        let former = holdings[index].former
        holdings.remove(at: index)
        if former, let keptIndex = holdings.firstIndex(where: { $0.person == person && $0.office == kept }) {
            holdings[keptIndex].former = true
        }
        surfaces[kept, default: []].formUnion(surfaces[office] ?? [])
        surfaces[kept, default: []].insert(office.name)
        if !holdings.contains(where: { $0.office == office }) {
            offices[office] = nil
            surfaces[office] = nil
        }
    }
}
