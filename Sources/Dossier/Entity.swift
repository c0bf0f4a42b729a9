/// A person, office, organization, country, place or event.
public struct Entity: Hashable, Codable, Sendable {
    /// The stable id, `kind/slug`.
    public var id: EntityID
    /// What the entity is.
    public var kind: EntityKind
    /// The canonical name: the longest proper form seen.
    public var name: String
    /// Every other surface form seen or declared, sorted, without the name.
    public private(set) var aliases: [String]
    /// Free attributes; events carry `type`, `date` and `name` here.
    public var attributes: [String: String]

    /// Makes an entity; the id is made from the kind and name when not given.
    public init(
        id: EntityID? = nil, kind: EntityKind, name: String, aliases: [String] = [],
        attributes: [String: String] = [:]
    ) {
        self.id = id ?? EntityID(kind: kind, name: name)
        self.kind = kind
        self.name = name
        self.aliases = []
        self.attributes = attributes
        addAliases(aliases)
    }

    /// Adds surface forms to the aliases, keeping them sorted and unique and
    /// leaving out the canonical name.
    public mutating func addAliases(_ forms: some Sequence<String>) {
        var set = Set(aliases)
        for form in forms where !form.isEmpty && form != name {
            set.insert(form)
        }
        aliases = set.sorted()
    }

    /// Folds another description of the same entity into this one.
    ///
    /// The longer name becomes canonical (the smaller one in code-point order
    /// on a tie) and the other joins the aliases; aliases are united;
    /// attributes are united, keeping this entity's value where both have one.
    public mutating func merge(_ other: Entity) {
        var forms = other.aliases
        if other.name != name {
            if Self.isPreferredName(other.name, over: name) {
                forms.append(name)
                name = other.name
                aliases.removeAll { $0 == other.name }
            } else {
                forms.append(other.name)
            }
        }
        addAliases(forms)
        for (key, value) in other.attributes where attributes[key] == nil {
            attributes[key] = value
        }
    }

    /// Whether `candidate` should be the canonical name instead of `current`.
    static func isPreferredName(_ candidate: String, over current: String) -> Bool {
        let candidateLength = candidate.count
        let currentLength = current.count
        if candidateLength != currentLength { return candidateLength > currentLength }
        return candidate < current
    }
}
