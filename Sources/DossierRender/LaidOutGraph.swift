import Foundation

/// Where libgraphviz put everything in a layout: the bounding box, each
/// node's centre and size, and each edge's spline and label position, all
/// in points, read from its `json0` output.
public struct LaidOutGraph: Sendable {
    /// A node's centre and size, in points.
    public struct Node: Hashable, Sendable {
        /// The centre.
        public var x: Double
        /// The centre.
        public var y: Double
        /// The width.
        public var width: Double
        /// The height.
        public var height: Double
        /// The label's font size, in points.
        public var fontSize: Double
    }

    /// An edge's drawing as Graphviz writes it back: the spline and the
    /// label's position, kept as text to hand back unchanged.
    public struct Edge: Hashable, Sendable {
        /// The `pos` attribute: the spline's points.
        public var spline: String
        /// The `lp` attribute: the label's centre, when the edge has a label.
        public var labelPosition: String?
        /// The label's font size, in points.
        public var fontSize: Double
    }

    /// Lowest x, lowest y, highest x, highest y.
    public var boundingBox: (minX: Double, minY: Double, maxX: Double, maxY: Double)
    /// Nodes by DOT name.
    public var nodes: [String: Node]
    /// Edges by their `id` attribute.
    public var edges: [String: Edge]
    /// The graph label's font size, when it has a text label.
    public var labelFontSize: Double?

    /// The drawing's width in points.
    public var width: Double { boundingBox.maxX - boundingBox.minX }
    /// The drawing's height in points.
    public var height: Double { boundingBox.maxY - boundingBox.minY }

    /// The smallest font size of any label drawn: node, edge or graph label.
    public var smallestFontSize: Double? {
        (nodes.values.map(\.fontSize) + edges.values.filter { $0.labelPosition != nil }.map(\.fontSize)
            + (labelFontSize.map { [$0] } ?? [])).min()
    }

    /// Reads libgraphviz's `json0` output.
    /// - Throws: ``RenderError/layout(engine:message:)`` when the text is not
    ///   the JSON libgraphviz writes.
    public init(json0 bytes: [UInt8], engine: String) throws(RenderError) {
        func fail(_ why: String) -> RenderError { .layout(engine: engine, message: "unreadable layout: \(why)") }
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw fail("not a JSON object")
        }
        guard let box = (root["bb"] as? String).map(Self.numbers), box.count == 4 else { throw fail("no bb") }
        boundingBox = (box[0], box[1], box[2], box[3])
        let graphFont = Double(root["fontsize"] as? String ?? "") ?? 14
        labelFontSize = (root["label"] as? String).map { _ in graphFont }
        nodes = [:]
        for object in root["objects"] as? [[String: Any]] ?? [] {
            guard let name = object["name"] as? String, let pos = (object["pos"] as? String).map(Self.numbers),
                pos.count == 2
            else { continue }
            nodes[name] = Node(
                x: pos[0], y: pos[1], width: 72 * (Double(object["width"] as? String ?? "") ?? 0),
                height: 72 * (Double(object["height"] as? String ?? "") ?? 0),
                fontSize: Double(object["fontsize"] as? String ?? "") ?? graphFont)
        }
        edges = [:]
        for edge in root["edges"] as? [[String: Any]] ?? [] {
            guard let id = edge["id"] as? String, let spline = edge["pos"] as? String else { continue }
            edges[id] = Edge(
                spline: spline, labelPosition: edge["lp"] as? String,
                fontSize: Double(edge["fontsize"] as? String ?? "") ?? graphFont)
        }
    }

    private static func numbers(_ text: String) -> [Double] {
        text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }
}
