/// A step of a long build, for a progress line.
public enum BuildProgress: Sendable, Equatable {
    /// `done` of `total` files are read.
    case read(done: Int, total: Int)
    /// The articles read are being joined into one graph.
    case joining(articles: Int)
    /// The graph is being written to the store.
    case writing(store: String)
}
