import ArgumentParser
import Dossier
import DossierStore

/// `dossier neighbours`: who is around an entity.
struct NeighboursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbours",
        abstract: "List the entities within some steps of one entity, and how each is reached.",
        discussion: """
            Only the part of the store within reach is read, so the answer is quick on any store. \
            The nearest come first; past --limit (200 unless given; 0 for all) the list says how many \
            more there are, and --json gives the same entities with a total.
            """,
        aliases: ["neighbors"])

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The entity's name, alias or id.")
    var name: String

    @Option(help: "How many steps away to look.")
    var depth = 1

    @Option(help: "Show at most this many entities, the nearest first (0 for all).")
    var limit = 200

    @OptionGroup var query: QueryOptions

    @Flag(help: "Print the neighbourhood as JSON.")
    var json = false

    func validate() throws {
        try DepthCheck.validate(depth, option: "--depth")
        guard limit >= 0 else {
            throw ValidationError("--limit must be 0 (for all) or more, not \(limit).")
        }
    }

    func run() throws {
        let store = try storeOptions.openForReading()
        let entity = try store.resolve(name)
        let filter = query.filter()
        // The listing needs one link per entity; --json gives every relation among them.
        // Past the limit, the store is asked for the nearest only, and how many there are; the
        // sources of claims about the events loaded come with them, so the cut is made here too.
        let (graph, total) = try store.neighbourhood(
            of: entity.id, depth: depth, filter: filter, treeOnly: !json, limit: limit == 0 ? nil : limit)
        let subgraph = try graph.neighbours(of: entity.id, depth: depth, filter: filter)
        let loaded = subgraph.entities.filter { $0.id != entity.id }
            .sorted { (subgraph.distances[$0.id]!, $0.name, $0.id) < (subgraph.distances[$1.id]!, $1.name, $1.id) }
        let others = limit == 0 ? loaded : Array(loaded.prefix(limit))
        if json {
            var report = SubgraphReport(subgraph, keeping: Set(others.map(\.id) + [entity.id]))
            report.total = total
            try Terminal.printJSON(report)
            return
        }
        let steps = depth == 1 ? "1 step" : "\(depth) steps"
        guard !others.isEmpty else {
            print("\(Terminal.safe(entity.name)) has no neighbours within \(steps) that the filters allow.")
            return
        }
        print("\(Terminal.safe(entity.name)): \(Terminal.count(total, "entity", "entities")) within \(steps)")
        var rows = [["DIST", "KIND", "NAME", "HOW"]]
        let byID = Dictionary(uniqueKeysWithValues: subgraph.entities.map { ($0.id, $0) })
        // One pass over the relations: for each entity, the first relation
        // that reaches it from one step nearer, preferring one that is not
        // a report or denial.
        var links: [EntityID: Relation] = [:]
        for relation in subgraph.relations {
            for (far, near) in [(relation.target, relation.source), (relation.source, relation.target)] {
                guard let distance = subgraph.distances[far], subgraph.distances[near] == distance - 1 else { continue }
                if let known = links[far], !known.kind.isAttribution || relation.kind.isAttribution { continue }
                links[far] = relation
            }
        }
        for other in others {
            let distance = subgraph.distances[other.id]!
            let link = links[other.id]
            var how = ""
            if let link {
                let forward = link.target == other.id
                let near = forward ? link.source : link.target
                how =
                    Terminal.safe(byID[near]?.name ?? near.rawValue) + " " + Describe.arrow(link, forward: forward)
                    + " " + Terminal.safe(other.name)
            }
            rows.append(["\(distance)", other.kind.rawValue, other.name, how])
        }
        print(Terminal.table(rows))
        if total > others.count {
            print(
                "… and \(Terminal.grouped(total - others.count)) more (--limit 0 lists all \(Terminal.grouped(total)))")
        }
    }
}

/// The `--json` form of a subgraph: entities with distances, relations in
/// the interchange form; `total`, when the listing was cut, counts every
/// entity within reach but the start.
struct SubgraphReport: Encodable {
    struct Member: Encodable {
        var id: EntityID
        var kind: EntityKind
        var name: String
        var aliases: [String]
        var distance: Int
    }

    var start: [EntityID]
    var entities: [Member]
    var relations: [Relation]
    var total: Int?

    /// The report of `subgraph`, or of the entities in `keeping` and the
    /// relations among them.
    init(_ subgraph: Subgraph, keeping: Set<EntityID>? = nil) {
        start = subgraph.start
        let kept = keeping.map { set in subgraph.entities.filter { set.contains($0.id) } } ?? subgraph.entities
        entities = kept.map {
            Member(
                id: $0.id, kind: $0.kind, name: $0.name, aliases: $0.aliases, distance: subgraph.distances[$0.id] ?? 0)
        }
        relations =
            keeping.map { set in subgraph.relations.filter { set.contains($0.source) && set.contains($0.target) } }
            ?? subgraph.relations
    }
}
