// MARK: - Scratch arrays and the unfiltered step source

extension GraphSearch {
    /// Search marks in arrays as large as the graph, reset by stamping
    /// rather than clearing, so a search costs only what it visits.
    ///
    /// An entity's two stamps (one per side) lie side by side in an array of
    /// four bytes per entry, small enough to stay in cache on a graph of a
    /// million entities: the test "has either side reached it?", made at
    /// every step, reads one cache line. The step that reached an entity is
    /// kept apart and read only to rebuild the path.
    struct StampedMarks: SearchMarks {
        /// How one side reached one entity.
        struct Arrival {
            /// The position in ``Graph/steps`` of the step, or -1 at that side's end.
            var via: Int32 = -1
            var from: Int32 = -1
        }

        /// The search that reached each (entity, side); older stamps are unset.
        private var stamps: [UInt32]
        private var links: [Arrival]
        private var epoch: UInt32 = 0

        init(count: Int) {
            stamps = [UInt32](repeating: 0, count: 2 * count)
            links = [Arrival](repeating: Arrival(), count: 2 * count)
        }

        @inline(__always)
        private func slot(_ node: Int32, _ side: SearchSide) -> Int {
            Int(node) &* 2 &+ side.rawValue
        }

        mutating func begin(start: Int32, goal: Int32) {
            epoch &+= 1
            if epoch == 0 {
                for index in stamps.indices { stamps[index] = 0 }
                epoch = 1
            }
            for (end, side) in [(start, SearchSide.forward), (goal, .backward)] {
                stamps[slot(end, side)] = epoch
                links[slot(end, side)] = Arrival()
            }
        }

        @inline(__always)
        func isReached(_ node: Int32, on side: SearchSide) -> Bool {
            stamps[slot(node, side)] == epoch
        }

        @inline(__always)
        mutating func reach(_ node: Int32, on side: SearchSide, from parent: Int32, via link: Int32) {
            let index = slot(node, side)
            stamps[index] = epoch
            links[index] = Arrival(via: link, from: parent)
        }

        /// Marks `node` seen on the forward side alone, for a one-sided walk;
        /// whether it was new.
        @inline(__always)
        mutating func see(_ node: Int32) -> Bool {
            let index = slot(node, .forward)
            guard stamps[index] != epoch else { return false }
            stamps[index] = epoch
            return true
        }

        func parent(of node: Int32, on side: SearchSide) -> (node: Int32, link: Int32)? {
            let link = links[slot(node, side)]
            return link.via < 0 ? nil : (link.from, link.via)
        }

        /// The length of the path through `meeting` once both sides reached
        /// it: the two chains of steps back to the ends.
        func distance(through meeting: Int32) -> Int {
            var length = 0
            for side in [SearchSide.forward, .backward] {
                var node = meeting
                while let parent = parent(of: node, on: side) {
                    length += 1
                    node = parent.node
                }
            }
            return length
        }
    }

    /// Every step in either direction, named by its position in ``Graph/steps``.
    struct EverySteps: NeighbourSource {
        let offsets: [Int32]
        let steps: [Graph.Step]

        /// The entity's steps in either direction.
        @inline(__always)
        func expansionCost(of node: Int32, on side: SearchSide) -> Int {
            Int(offsets[Int(node) + 1] &- offsets[Int(node)])
        }

        @inline(__always)
        func forEachNeighbour(of node: Int32, on side: SearchSide, _ visit: (Int32, Int32) -> Bool) {
            var position = Int(offsets[Int(node)])
            let end = Int(offsets[Int(node) + 1])
            while position < end {
                if visit(steps[position].neighbour, Int32(position)) { return }
                position += 1
            }
        }
    }
}
