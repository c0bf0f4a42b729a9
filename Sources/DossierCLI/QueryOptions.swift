import ArgumentParser
import Dossier

/// The filters that the query commands share.
struct QueryOptions: ParsableArguments {
    @Option(
        name: .customLong("relation"),
        help: ArgumentHelp("Follow only relations of this kind (repeatable).", valueName: "kind"))
    var relations: [RelationKind] = []

    @Option(
        name: .customLong("exclude-relation"),
        help: ArgumentHelp("Never follow relations of this kind (repeatable).", valueName: "kind"))
    var excludedRelations: [RelationKind] = []

    @Option(
        name: .customLong("kind"),
        help: ArgumentHelp("Reach only entities of this kind (repeatable).", valueName: "kind"))
    var kinds: [EntityKind] = []

    @Option(help: "Follow relations out of an entity, into it, or both ways (out, in, both).")
    var direction: QueryFilter.Direction = .both

    @Flag(help: "Leave out events that someone denied.")
    var undisputed = false

    @Flag(help: "Keep only events that a source reported or confirmed.")
    var sourced = false

    func validate() throws {
        if undisputed && sourced { throw ValidationError("Give --undisputed or --sourced, not both.") }
    }

    /// The filter these options describe, avoiding `avoiding`.
    func filter(avoiding: Set<EntityID> = []) -> QueryFilter {
        QueryFilter(
            relationKinds: relations.isEmpty ? nil : Set(relations), excludedRelationKinds: Set(excludedRelations),
            entityKinds: kinds.isEmpty ? nil : Set(kinds), direction: direction, avoiding: avoiding,
            attribution: undisputed ? .undisputed : sourced ? .sourced : .any)
    }
}

/// Checks shared by commands that take a depth.
enum DepthCheck {
    /// The deepest search accepted; deeper asks are refused as mistakes.
    static let maximum = 1_000_000

    static func validate(_ depth: Int, option: String) throws {
        if depth < 1 {
            throw ValidationError(
                "\(option) must be at least 1 (it was \(depth)); 1 means the entity's direct relations.")
        }
        if depth > maximum {
            throw ValidationError(
                "\(option) \(depth) is more than any graph needs (at most \(maximum)); the search stops by itself when nothing new is reached."
            )
        }
    }
}
