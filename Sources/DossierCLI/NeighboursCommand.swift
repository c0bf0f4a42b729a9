import ArgumentParser
import Dossier
import DossierStore

/// `dossier neighbours`: who is around an entity.
struct NeighboursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbours",
        abstract: "List the entities within some steps of one entity, and how each is reached.",
        discussion: "Only the part of the store within reach is read, so the answer is quick on any store.",
        aliases: ["neighbors"])

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The entity's name, alias or id.")
    var name: String

    @Option(help: "How many steps away to look.")
    var depth = 1

    @OptionGroup var query: QueryOptions

    @Flag(help: "Print the neighbourhood as JSON.")
    var json = false

    func validate() throws {
        try DepthCheck.validate(depth, option: "--depth")
    }

    func run() throws {
        let store = try storeOptions.openForReading()
        let entity = try store.resolve(name)
        let filter = query.filter()
        // The listing needs one link per entity; --json gives every relation among them.
        let graph = try store.neighbourhoodGraph(of: entity.id, depth: depth, filter: filter, treeOnly: !json)
        let subgraph = try graph.neighbours(of: entity.id, depth: depth, filter: filter)
        if json {
            try Terminal.printJSON(SubgraphReport(subgraph))
            return
        }
        let others = subgraph.entities.filter { $0.id != entity.id }
            .sorted { (subgraph.distances[$0.id]!, $0.name) < (subgraph.distances[$1.id]!, $1.name) }
        let steps = depth == 1 ? "1 step" : "\(depth) steps"
        guard !others.isEmpty else {
            print("\(Terminal.safe(entity.name)) has no neighbours within \(steps) that the filters allow.")
            return
        }
        print("\(Terminal.safe(entity.name)): \(Terminal.count(others.count, "entity", "entities")) within \(steps)")
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
    }
}

/// The `--json` form of a subgraph: entities with distances, relations in
/// the interchange form.
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

    init(_ subgraph: Subgraph) {
        start = subgraph.start
        entities = subgraph.entities.map {
            Member(
                id: $0.id, kind: $0.kind, name: $0.name, aliases: $0.aliases, distance: subgraph.distances[$0.id] ?? 0)
        }
        relations = subgraph.relations
    }
}
