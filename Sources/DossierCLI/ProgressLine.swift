import Foundation

/// Progress of long work on standard error: on a terminal a line that
/// rewrites itself a few times a second; otherwise (a log, a pipe) a line
/// every few seconds and one at the end. Work of fewer than
/// ``minimumTotal`` items shows nothing.
struct ProgressLine {
    /// Fewer items than this are quick enough to need no progress.
    static let minimumTotal = 1_000

    /// The number of items the work has.
    let total: Int
    /// What is done to them, in the past tense ("read").
    let verb: String
    /// The items, plural ("files").
    let noun: String
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let clock = ContinuousClock()
    private var lastShown: ContinuousClock.Instant?
    private var done = 0

    /// Progress over `total` items.
    init(total: Int, verb: String, noun: String) {
        self.total = total
        self.verb = verb
        self.noun = noun
    }

    /// Whether this work is long enough to show.
    var isShown: Bool { total >= Self.minimumTotal }

    /// Notes that `count` items are done, showing it when it is time.
    mutating func advance(to count: Int) {
        done = count
        guard isShown, count % 64 == 0 || count == total else { return }
        let now = clock.now
        let interval: Duration = isTerminal ? .milliseconds(200) : .seconds(5)
        if let lastShown, now - lastShown < interval { return }
        lastShown = now
        show()
    }

    /// Shows the final count and ends the line.
    mutating func finish() {
        guard isShown else { return }
        show()
        if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func show() {
        let percent = total == 0 ? 100 : done * 100 / total
        let text = "\(verb) \(Terminal.grouped(done)) of \(Terminal.grouped(total)) \(noun) (\(percent)%)"
        FileHandle.standardError.write(Data((isTerminal ? "\r\u{1B}[K" + text : text + "\n").utf8))
    }
}
