import Dossier

/// What a draft says about its entities that a list match can check: the
/// countries each is tied to and its birth date.
struct EntityFacts {
    /// The facts of one entity.
    struct Facts {
        /// Names of the countries it is a citizen of, is located in, or
        /// holds an office of.
        var countries: Set<String> = []
        /// `birthDate`, as written.
        var birthDate: String?
    }

    /// Countries by entity, directly tied.
    private var direct: [EntityID: Set<String>] = [:]
    /// Offices each entity holds.
    private var offices: [EntityID: [EntityID]] = [:]

    init(draft: GraphDraft) {
        for relation in draft.relations.values {
            switch relation.kind {
            case .citizenOf, .locatedIn, .officeOf:
                guard relation.target.kind == .country, let country = draft.entities[relation.target] else { continue }
                direct[relation.source, default: []].insert(country.name)
            case .holds:
                offices[relation.source, default: []].append(relation.target)
            default: continue
            }
        }
    }

    /// The facts of `entity`.
    func facts(of entity: Entity) -> Facts {
        var countries = direct[entity.id] ?? []
        for office in offices[entity.id] ?? [] { countries.formUnion(direct[office] ?? []) }
        return Facts(countries: countries, birthDate: entity.attributes["birthDate"])
    }
}
