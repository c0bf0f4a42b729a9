import Dossier

/// Offices found in a document, who holds them and since when.
struct OfficeBook: Sendable {
    struct Holding: Hashable, Sendable {
        var person: EntityKey
        var office: EntityKey
        var former: Bool
        var sentence: Int
    }

    var offices: [EntityKey: (office: OfficeUnit, sentence: Int)] = [:]
    var holdings: [Holding] = []
    /// Every form each office was read from ("Mossad chief", "spy chief").
    var surfaces: [EntityKey: Set<String>] = [:]

    mutating func register(_ office: OfficeUnit, key: EntityKey, sentence: Int) {
        // An owner the text states outweighs one taken from context.
        if offices[key] == nil || (offices[key]!.office.isContextual && !office.isContextual) {
            offices[key] = (office, sentence)
        }
        // A bare title ("Prime Minister") or a pronoun's ("his special assistant")
        // names no office on its own, and would join other countries' offices by name.
        let first = office.surface.prefix { $0 != " " }.lowercased()
        if office.surface.lowercased() != office.title.lowercased(), !office.surface.isEmpty,
            !Grammar.possessivePronouns.contains(first)
        {
            surfaces[key, default: []].insert(office.surface)
        }
    }

    mutating func hold(_ person: EntityKey, _ office: EntityKey, former: Bool, sentence: Int) {
        if let existing = holdings.firstIndex(where: { $0.person == person && $0.office == office }) {
            if former { holdings[existing].former = true }
            return
        }
        holdings.append(Holding(person: person, office: office, former: former, sentence: sentence))
    }

    /// The office a person holds that belongs to a country or organization.
    func plainOffice(of person: EntityKey) -> EntityKey? {
        holdings.first { holding in
            guard holding.person == person, let entry = offices[holding.office] else { return false }
            if case .ownerOffice = entry.office.qualifier { return false }
            return entry.office.role != .advisory
        }?.office
    }

    /// The country whose office a person holds, when the text names it
    /// ("Sudanese Foreign Minister Omar Siddiq"), not the article's context.
    func country(of person: EntityKey) -> String? {
        for holding in holdings where holding.person == person {
            guard let entry = offices[holding.office], !entry.office.isContextual,
                case .country(let country) = entry.office.qualifier
            else { continue }
            return country
        }
        return nil
    }

    /// Who holds an office in this document.
    func holder(of office: EntityKey) -> EntityKey? {
        holdings.first { $0.office == office }?.person
    }

    /// Makes every holding of the people who resigned a former one.
    mutating func applyResignations(_ people: [EntityKey]) {
        for person in people {
            for index in holdings.indices where holdings[index].person == person { holdings[index].former = true }
        }
    }

    /// The offices' surfaces and officeOf facts.
    private func emitOffices(into facts: inout DocumentFacts) {
        func officeOf(_ office: EntityKey, _ qualifier: OfficeUnit.Qualifier, sentence: Int, contextual: Bool) {
            let owner: EntityKey? =
                switch qualifier {
                case .country(let country): EntityKey(kind: .country, name: country)
                case .organization(let organization): EntityKey(kind: .organization, name: organization)
                default: nil
                }
            if let owner {
                facts.add(
                    FactRecord(
                        kind: .officeOf, source: .entity(office), target: .entity(owner),
                        attributes: contextual ? ["basis": "context"] : [:], sentence: sentence))
            }
        }
        for (key, entry) in offices.sorted(by: { $0.key < $1.key }) {
            facts.note(key, surface: key.name)
            for surface in surfaces[key, default: []].sorted() { facts.note(key, surface: surface) }
            if case .ownerOffice(let owner) = entry.office.qualifier {
                if let ownerEntry = offices[owner] {
                    officeOf(
                        key, ownerEntry.office.qualifier, sentence: entry.sentence,
                        contextual: ownerEntry.office.isContextual)
                }
            } else {
                officeOf(key, entry.office.qualifier, sentence: entry.sentence, contextual: entry.office.isContextual)
            }
        }
    }

    /// holds, officeOf and advises facts.
    func emit(into facts: inout DocumentFacts) {
        emitOffices(into: &facts)
        for holding in holdings {
            var attributes = ["status": holding.former ? "former" : "current"]
            if offices[holding.office]?.office.isContextual == true { attributes["basis"] = "context" }
            facts.add(
                FactRecord(
                    kind: .holds, source: .entity(holding.person), target: .entity(holding.office),
                    attributes: attributes, sentence: holding.sentence))
            if let entry = offices[holding.office], case .organization(let organization) = entry.office.qualifier {
                // An officer of an organization is one of its members.
                facts.add(
                    FactRecord(
                        kind: .memberOf, source: .entity(holding.person),
                        target: .entity(EntityKey(kind: .organization, name: organization)),
                        attributes: holding.former ? ["status": "former"] : [:], sentence: holding.sentence))
            }
            if let entry = offices[holding.office], case .country(let country) = entry.office.qualifier,
                !entry.office.isContextual
            {
                // Whoever holds a country's office is one of its citizens (`basis: office`: read from the office; a sentence that says it clears the basis).
                facts.add(
                    FactRecord(
                        kind: .citizenOf, source: .entity(holding.person),
                        target: .entity(EntityKey(kind: .country, name: country)), attributes: ["basis": "office"],
                        sentence: holding.sentence))
            }
            guard let entry = offices[holding.office], entry.office.role == .advisory else { continue }
            switch entry.office.qualifier {
            case .ownerOffice(let owner):
                if let boss = holder(of: owner) {
                    facts.add(
                        FactRecord(
                            kind: .advises, source: .entity(holding.person), target: .entity(boss),
                            sentence: holding.sentence))
                }
            case .ownerPerson(let boss):
                facts.add(
                    FactRecord(
                        kind: .advises, source: .entity(holding.person), target: .entity(boss),
                        sentence: holding.sentence))
            default:
                break
            }
        }
    }
}
