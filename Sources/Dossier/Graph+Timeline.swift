// MARK: - Timelines

extension Graph {
    /// One event in an entity's timeline.
    public struct TimelineEntry: Hashable, Sendable {
        /// The event.
        public let event: Entity
        /// How the entity takes part: participant roles, or `place` for an
        /// event held there.
        public let roles: [String]
        /// Who reports, confirms and denies the event.
        public let attribution: Path.Dispute

        /// The event's date as written (`2020-11`, `2005-09-01`), if known.
        public var date: String? { event.attributes["date"] }
        /// The event's type (`visit`, `meeting`, …), if known.
        public var type: String? { event.attributes["type"] }
    }

    /// The events an entity took part in (or, for a place or country, that
    /// were held there), ordered by date, undated ones last, then by name.
    ///
    /// - Throws: ``GraphError/noSuchEntity(name:suggestions:)`` for an unknown id.
    /// - Complexity: O(*d* log *d*) for the entity's degree *d*.
    public func timeline(of id: EntityID) throws(GraphError) -> [TimelineEntry] {
        let index = try requireIndex(id)
        var roles: [Int32: [String]] = [:]
        for step in steps(of: index) {
            let relation = relations[Int(step.relation)]
            guard entities[Int(step.neighbour)].kind == .event else { continue }
            switch relation.kind {
            case .participant where step.isOutgoing:
                roles[step.neighbour, default: []].append(relation.attributes["role"] ?? "participant")
            case .heldIn where !step.isOutgoing:
                roles[step.neighbour, default: []].append("place")
            default: break
            }
        }
        let entries = roles.map { event, roles in
            TimelineEntry(
                event: entities[Int(event)], roles: Array(Set(roles)).sorted(),
                attribution: attribution(ofEvent: event))
        }
        return entries.sorted { lhs, rhs in
            switch (lhs.date, rhs.date) {
            case (let left?, let right?) where CalendarDay.sortKey(left) != CalendarDay.sortKey(right):
                return CalendarDay.sortKey(left) < CalendarDay.sortKey(right)
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.event.name < rhs.event.name
            }
        }
    }
}
