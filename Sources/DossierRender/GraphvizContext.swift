import CGraphviz
import Foundation

/// The one door to libgraphviz: parses DOT text, lays it out and renders it
/// in-process, and lists the plugins this machine has.
///
/// libgraphviz keeps global state (its error buffer, its plugin tables), so
/// every call goes through one process-wide lock. Every pointer that
/// libgraphviz hands out is freed before the call returns, except the
/// context, which lives as long as this object.
public final class GraphvizContext: @unchecked Sendable {
    // Unchecked: the context pointer is only touched while `lock` is held.

    /// The context of the process; libgraphviz wants one.
    public static let shared = GraphvizContext()

    private static let lock = NSLock()
    private let context: OpaquePointer

    private init() {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        agseterr(AGMAX)
        context = gvContext()
    }

    deinit {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        gvFreeContext(context)
    }

    /// Lays out `dot` with `layout` and renders it as `format` (a Graphviz
    /// format name such as `svg`, `png`, `pdf` or `dot`).
    ///
    /// - Throws: ``RenderError`` with libgraphviz's own message when the
    ///   text does not parse, the layout or the rendering fails, or the
    ///   layout or format is not installed.
    public func render(dot: String, layout: String, format: String) throws(RenderError) -> [UInt8] {
        let layouts = plugins(kind: "layout")
        guard layouts.contains(layout) else { throw .layoutUnavailable(layout, available: layouts) }
        let formats = plugins(kind: "render+device")
        guard formats.contains(format) else { throw .formatUnavailable(format, available: formats) }
        Self.lock.lock()
        defer { Self.lock.unlock() }
        agseterr(AGMAX)
        _ = agreseterrors()
        guard let graph = agmemread(dot) else { throw .parse(lastError() ?? "syntax error") }
        defer { agclose(graph) }
        guard gvLayout(context, graph, layout) == 0 else {
            throw .layout(engine: layout, message: lastError() ?? "unknown error")
        }
        defer { gvFreeLayout(context, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = dossier_gv_render_data(context, graph, format, &data, &length)
        defer { gvFreeRenderData(data) }
        guard status == 0, let data else { throw .render(format: format, message: lastError() ?? "unknown error") }
        return data.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// Lays out `dot` with `layout` and reads back where everything went.
    ///
    /// - Throws: ``RenderError`` as ``render(dot:layout:format:)`` does.
    public func layout(dot: String, layout: String) throws(RenderError) -> LaidOutGraph {
        try LaidOutGraph(json0: render(dot: dot, layout: layout, format: "json0"), engine: layout)
    }

    /// Whether libgraphviz can parse `dot`; the error carries its message.
    public func validate(dot: String) throws(RenderError) {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        agseterr(AGMAX)
        guard let graph = agmemread(dot) else { throw .parse(lastError() ?? "syntax error") }
        agclose(graph)
    }

    /// The names of the installed plugins of a kind: `layout`, `render`,
    /// `device`, or `render+device` for every output format.
    public func plugins(kind: String) -> [String] {
        if kind == "render+device" {
            return Array(Set(plugins(kind: "render") + plugins(kind: "device"))).sorted()
        }
        Self.lock.lock()
        defer { Self.lock.unlock() }
        var count: Int32 = 0
        guard let list = dossier_plugin_list(context, kind, &count) else { return [] }
        defer { dossier_free(list) }
        var names = Set<String>()
        for index in 0..<Int(count) {
            guard let entry = list[index] else { continue }
            defer { dossier_free(entry) }
            let text = String(cString: entry)
            names.insert(String(text.prefix { $0 != ":" }))
        }
        return names.sorted()
    }

    /// libgraphviz's last error message, trimmed; the buffer is freed here.
    private func lastError() -> String? {
        guard let message = dossier_last_error() else { return nil }
        defer { dossier_free(message) }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
