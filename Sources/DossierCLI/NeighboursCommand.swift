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
        let graph = try store.neighbourhoodGraph(of: entity.id, depth: depth, filter: filter)
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
        for other in others {
            let distance = subgraph.distances[other.id]!
            let links = subgraph.relations.filter { relation in
                guard relation.source == other.id || relation.target == other.id else { return false }
                let near = relation.source == other.id ? relation.target : relation.source
                return subgraph.distances[near] == distance - 1
            }
            let link = links.first { !$0.kind.isAttribution } ?? links.first
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
