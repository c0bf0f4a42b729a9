/// Line numbers of a text's scalar offsets, for messages that name a line.
struct LineIndex: Sendable {
    /// The scalar offset each line after the first starts at.
    private let starts: [Int]

    init(_ text: String) {
        var starts: [Int] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        self.starts = starts
    }

    /// The line, from 1, of the scalar at `offset`.
    func line(ofScalar offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low + 1
    }
}
