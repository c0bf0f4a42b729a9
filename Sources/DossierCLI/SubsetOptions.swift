import ArgumentParser
import Dossier
import DossierRender
import DossierStore

/// Which part of the graph to draw or export: the whole, a neighbourhood,
/// or a connection within its neighbourhood, with kind filters.
struct SubsetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Draw only the neighbourhood of this entity (see --depth).", valueName: "name"))
    var focus: String?

    @Option(help: "With --focus: how many steps around the entity; with --path: around each stop.")
    var depth = 1

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Draw the shortest connections between two entities, highlighted, with their neighbours.",
            valueName: "from to"))
    var path: [String] = []

    @Option(
        name: .customLong("kind"), help: ArgumentHelp("Only entities of this kind (repeatable).", valueName: "kind"))
    var kinds: [EntityKind] = []

    @Option(
        name: .customLong("relation"),
        help: ArgumentHelp("Only relations of this kind (repeatable).", valueName: "kind"))
    var relations: [RelationKind] = []

    func validate() throws {
        if focus != nil && !path.isEmpty { throw ValidationError("Give --focus or --path, not both.") }
        if !path.isEmpty && path.count != 2 {
            throw ValidationError("--path takes two names, FROM and TO (it was given \(path.count)).")
        }
        if depth < 0 { throw ValidationError("--depth must be 0 or more (it was \(depth)).") }
        if depth > DepthCheck.maximum { try DepthCheck.validate(depth, option: "--depth") }
    }

    /// Whether the options select the whole graph (kinds aside).
    var isWholeGraph: Bool { focus == nil && path.isEmpty }

    var filter: QueryFilter {
        QueryFilter(
            relationKinds: relations.isEmpty ? nil : Set(relations), entityKinds: kinds.isEmpty ? nil : Set(kinds))
    }

    /// What the options select: the graph read from the store, the part to
    /// show, and what to highlight.
    func select(from store: GraphStore) throws -> (graph: Graph, subgraph: Subgraph, options: DOTWriter.Options) {
        var options = DOTWriter.Options()
        if let focus {
            let entity = try store.resolve(focus)
            guard depth > 0 else {
                let graph = try store.neighbourhoodGraph(of: entity.id, depth: 1, filter: filter)
                return (
                    graph, Subgraph(start: [entity.id], entities: [entity], relations: [], distances: [entity.id: 0]),
                    options
                )
            }
            let graph = try store.neighbourhoodGraph(of: entity.id, depth: depth, filter: filter)
            options.highlightedEntities = [entity.id]
            options.title = "Around \(entity.name)"
            return (graph, try graph.subgraph(around: entity.id, depth: depth, filter: filter), options)
        }
        if path.count == 2 {
            let source = try store.resolve(path[0])
            let target = try store.resolve(path[1])
            if source.id == target.id {
                throw GraphError.invalidQuery(
                    "--path names the same entity twice (\(source.name)); name two different entities.")
            }
            let connection = try store.connectionGraph(from: source.id, to: target.id, filter: filter)
            let found = try connection.allShortestPaths(from: source.id, to: target.id, limit: 10, filter: filter).paths
            options.title = "\(source.name) to \(target.name)"
            guard !found.isEmpty else {
                throw GraphError.invalidQuery(
                    "no connection between \(source.name) and \(target.name) that the filters allow; nothing to draw.")
            }
            let stops = Set(found.flatMap { $0.entities.map(\.id) })
            var draft = GraphDraft()
            var drawnEntities = stops
            var drawnRelations = Set(found.flatMap { $0.steps.map(\.relation) })
            for stop in stops.sorted() {
                let around = try store.neighbourhoodGraph(of: stop, depth: max(depth, 1), filter: filter)
                draft.merge(GraphDraft(around))
                guard depth > 0 else { continue }
                let part = try around.subgraph(around: stop, depth: depth, filter: filter)
                drawnEntities.formUnion(part.entities.map(\.id))
                drawnRelations.formUnion(part.relations)
            }
            for path in found { for step in path.steps { draft.add(step.relation) } }
            let graph = try Graph(draft)
            let drawn = Subgraph(
                start: [source.id, target.id], entities: drawnEntities.compactMap { graph.entity($0) },
                relations: Array(drawnRelations), distances: [:])
            options.highlightedEntities = stops
            options.highlightedRelations = Set(found.flatMap { $0.steps.map(\.relation.id) })
            return (graph, drawn, options)
        }
        let graph = try store.graph()
        let entities = graph.entities.filter { filter.allows($0.kind) }
        let kept = Set(entities.map(\.id))
        let relations = graph.relations.filter {
            filter.allows($0.kind) && kept.contains($0.source) && kept.contains($0.target)
        }
        return (graph, Subgraph(start: [], entities: entities, relations: relations, distances: [:]), options)
    }
}
