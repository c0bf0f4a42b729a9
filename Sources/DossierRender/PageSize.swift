import Foundation

/// A sheet of paper a drawing is fitted to: its short and long side in
/// points (1/72 inch). Portrait or landscape is chosen by the drawing.
public struct PageSize: Hashable, Sendable {
    /// The shorter side, in points.
    public var shortSide: Double
    /// The longer side, in points.
    public var longSide: Double
    /// The blank border kept on every side, in points (10 mm).
    public var margin = 28.35

    /// A page of two sides in points, in either order.
    public init(width: Double, height: Double) {
        shortSide = min(width, height)
        longSide = max(width, height)
    }

    /// ISO A4, 210 × 297 mm.
    public static let a4 = PageSize(width: 595.28, height: 841.89)
    /// US Letter, 8.5 × 11 in.
    public static let letter = PageSize(width: 612, height: 792)

    /// Reads `a4`, `a3`, `letter`, `legal` or `WxH` with a unit (`297x210mm`,
    /// `11x8.5in`, `30x20cm`); a size with no unit is in inches.
    public init?(paper argument: String) {
        let text = argument.lowercased().trimmingCharacters(in: .whitespaces)
        switch text {
        case "a4": self = .a4
        case "a3": self = PageSize(width: 841.89, height: 1190.55)
        case "letter": self = .letter
        case "legal": self = PageSize(width: 612, height: 1008)
        default:
            var number = text
            var scale = 72.0
            for (unit, points) in [("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72.0)] where number.hasSuffix(unit) {
                number.removeLast(unit.count)
                scale = points
            }
            let sides = number.split(separator: "x", omittingEmptySubsequences: false)
            guard sides.count == 2, let width = Double(sides[0]), let height = Double(sides[1]),
                width > 0, height > 0, width.isFinite, height.isFinite
            else { return nil }
            self = PageSize(width: width * scale, height: height * scale)
            guard min(shortSide, longSide) > 2 * margin + 36 else { return nil }
        }
    }

    /// The printable width and height for a drawing `width` × `height`
    /// points: landscape when the drawing is wider than tall.
    public func printable(forWidth width: Double, height: Double) -> (width: Double, height: Double) {
        let landscape = width > height
        let across = (landscape ? longSide : shortSide) - 2 * margin
        let down = (landscape ? shortSide : longSide) - 2 * margin
        return (across, down)
    }
}
