/// A chain of relations from one entity to another, each step with its
/// relation, its direction and, where it rests on a disputed event, who
/// reports and who denies that event.
public struct Path: Hashable, Sendable {
    /// Who tells of an event: those who report or confirm it, those who deny it.
    public struct Dispute: Hashable, Sendable {
        /// The event.
        public let event: EntityID
        /// Sources that report the event.
        public let reportedBy: [Entity]
        /// Sources that confirm the event.
        public let confirmedBy: [Entity]
        /// Those who deny the event.
        public let deniedBy: [Entity]

        /// Whether someone denies the event.
        public var isDisputed: Bool { !deniedBy.isEmpty }
    }

    /// One hop.
    public struct Step: Hashable, Sendable {
        /// The relation taken.
        public let relation: Relation
        /// The entity the hop leaves.
        public let from: Entity
        /// The entity the hop reaches.
        public let to: Entity
        /// Whether the relation points from `from` to `to`.
        public let isForward: Bool
        /// Claims about the event this hop touches, when it touches one.
        public let attribution: Dispute?

        /// Whether the hop rests on an event that someone denies.
        public var isDisputed: Bool { attribution?.isDisputed ?? false }
    }

    /// The hops, in order.
    public let steps: [Step]
    /// Where the path starts.
    public let start: Entity

    /// Makes a path.
    public init(start: Entity, steps: [Step]) {
        self.start = start
        self.steps = steps
    }

    /// The entities along the path, start and end included.
    public var entities: [Entity] { [start] + steps.map(\.to) }
    /// The number of hops.
    public var length: Int { steps.count }
    /// Where the path ends.
    public var end: Entity { steps.last?.to ?? start }
    /// Whether any hop rests on a disputed event.
    public var isDisputed: Bool { steps.contains { $0.isDisputed } }
}

/// The simple paths a bounded search found, and whether it stopped at its limit.
public struct PathSearch: Hashable, Sendable {
    /// The paths, shortest first, then in the order found.
    public let paths: [Path]
    /// Whether the search stopped at its limit of paths or work before it
    /// had seen every path.
    public let isTruncated: Bool

    /// Makes a search result.
    public init(paths: [Path], isTruncated: Bool) {
        self.paths = paths
        self.isTruncated = isTruncated
    }
}
