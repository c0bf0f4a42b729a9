public import Dossier

/// How each kind of entity and relation is drawn: shapes and colours chosen
/// to tell kinds apart in colour and in greyscale print.
public struct RenderStyle: Hashable, Sendable {
    /// The look of one entity kind.
    public struct NodeStyle: Hashable, Sendable {
        /// A Graphviz shape name.
        public var shape: String
        /// Fill colour.
        public var fill: String
        /// Border and legend colour.
        public var border: String
        /// Extra Graphviz style words (`rounded`).
        public var style: String
    }

    /// The font every label is set in; fontconfig falls back to other
    /// installed fonts for scripts it lacks.
    public var font = "DejaVu Sans"

    /// Entity kinds' looks.
    public var nodes: [EntityKind: NodeStyle] = [
        .person: NodeStyle(shape: "ellipse", fill: "#dbe9ff", border: "#2f5d9e", style: ""),
        .office: NodeStyle(shape: "box", fill: "#fff2cc", border: "#a67c00", style: "rounded"),
        .organization: NodeStyle(shape: "box", fill: "#e2f0d9", border: "#3d7a2e", style: ""),
        .country: NodeStyle(shape: "hexagon", fill: "#f1e0f5", border: "#7d3c98", style: ""),
        .place: NodeStyle(shape: "house", fill: "#dff3ef", border: "#148f77", style: ""),
        .event: NodeStyle(shape: "note", fill: "#fdebd0", border: "#b9561b", style: ""),
    ]

    /// Fill and border of an event that someone denies.
    public var disputedFill = "#fadbd8"
    /// Border, edge and text colour of denials.
    public var disputedColour = "#c0392b"
    /// Colour of ordinary relations.
    public var edgeColour = "#566573"
    /// Colour of `reported` links, lighter than facts.
    public var reportedColour = "#a6acaf"
    /// Colour of `confirmed` links.
    public var confirmedColour = "#1e8449"
    /// Colour of a highlighted path.
    public var highlightColour = "#d35400"

    /// The default style.
    public init() {}
}
