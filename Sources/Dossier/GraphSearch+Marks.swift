// MARK: - Scratch arrays and the unfiltered step source

extension GraphSearch {
    /// Search marks in arrays as large as the graph, reset by stamping
    /// rather than clearing, so a search costs only what it visits.
    struct StampedMarks: SearchMarks {
        /// Every array holds the forward side's entries, then the backward side's.
        private let count: Int
        private var stamps: [UInt32]
        /// The position in ``Graph/steps`` of the step that reached an entity, or -1 at that side's end.
        private var via: [Int32]
        private var from: [Int32]
        private var depth: [Int32]
        private var epoch: UInt32 = 0

        init(count: Int) {
            self.count = count
            stamps = [UInt32](repeating: 0, count: 2 * count)
            via = [Int32](repeating: -1, count: 2 * count)
            from = via
            depth = [Int32](repeating: 0, count: 2 * count)
        }

        @inline(__always)
        private func slot(_ node: Int32, _ side: SearchSide) -> Int {
            side.rawValue &* count &+ Int(node)
        }

        mutating func begin(start: Int32, goal: Int32) {
            epoch &+= 1
            if epoch == 0 {
                for index in stamps.indices { stamps[index] = 0 }
                epoch = 1
            }
            for (end, side) in [(start, SearchSide.forward), (goal, .backward)] {
                let index = slot(end, side)
                stamps[index] = epoch
                depth[index] = 0
                via[index] = -1
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
            depth[index] = depth[slot(parent, side)] &+ 1
            via[index] = link
            from[index] = parent
        }

        /// Marks `node` seen on the forward side alone, for a one-sided walk;
        /// whether it was new.
        @inline(__always)
        mutating func see(_ node: Int32) -> Bool {
            let index = Int(node)
            guard stamps[index] != epoch else { return false }
            stamps[index] = epoch
            return true
        }

        func parent(of node: Int32, on side: SearchSide) -> (node: Int32, link: Int32)? {
            let index = slot(node, side)
            return via[index] < 0 ? nil : (from[index], via[index])
        }

        /// The length of the path through `meeting` once both sides reached it.
        func distance(through meeting: Int32) -> Int {
            Int(depth[slot(meeting, .forward)] + depth[slot(meeting, .backward)])
        }
    }

    /// Every step in either direction, named by its position in ``Graph/steps``.
    struct EverySteps: NeighbourSource {
        let offsets: [Int32]
        let steps: [Graph.Step]

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
