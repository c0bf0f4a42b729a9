/// What can go wrong drawing a graph.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libgraphviz could not parse the DOT text; the message is its own.
    case parse(String)
    /// The layout failed; the message is libgraphviz's own.
    case layout(engine: String, message: String)
    /// Rendering to the format failed; the message is libgraphviz's own.
    case render(format: String, message: String)
    /// This machine's libgraphviz lacks the layout engine.
    case layoutUnavailable(String, available: [String])
    /// This machine's libgraphviz lacks the output format.
    case formatUnavailable(String, available: [String])
    /// The drawing would hold more entities than allowed.
    case tooLarge(entities: Int, limit: Int)
    /// A report could not be put together; the message says why.
    case report(String)

    /// A message for the user: what failed and what to do.
    public var description: String {
        switch self {
        case .parse(let message):
            return "libgraphviz could not read the DOT text: \(message)"
        case .layout(let engine, let message):
            return "the \(engine) layout failed: \(message)"
        case .render(let format, let message):
            return "drawing \(format) failed: \(message)"
        case .layoutUnavailable(let name, let available):
            return "this machine's libgraphviz has no \(name) layout. Available layouts: "
                + "\(available.joined(separator: ", ")). Install the Graphviz plugins (Debian: libgvc6) "
                + "or choose another with --layout; `dossier doctor` lists what is there."
        case .formatUnavailable(let name, let available):
            return "this machine's libgraphviz cannot write \(name). Available formats: "
                + "\(available.joined(separator: ", ")). PNG and PDF need the cairo plugin "
                + "(Debian: libgvc6, which brings libgvplugin_pango); `dossier doctor` lists what is there."
        case .tooLarge(let entities, let limit):
            return "the drawing would hold \(entities) entities, more than the limit of \(limit). "
                + "Draw less with --focus NAME --depth N, --path FROM TO, --kind or --relation, "
                + "or raise the limit with --max-nodes."
        case .report(let message):
            return "the report could not be written: \(message)"
        }
    }
}
