import Testing

@testable import DossierRender

@Suite struct PageSizeTests {
    @Test func `paper names and sizes with units are read in points`() throws {
        #expect(PageSize(paper: "A4") == .a4)
        #expect(PageSize(paper: "letter") == .letter)
        let mm = try #require(PageSize(paper: "297x210mm"))
        #expect(abs(mm.longSide - 841.89) < 0.1 && abs(mm.shortSide - 595.28) < 0.1)
        let inches = try #require(PageSize(paper: "11x8.5in"))
        #expect(inches == .letter)
        #expect(PageSize(paper: "8.5x11") == .letter, "a size with no unit is in inches")
        #expect(try #require(PageSize(paper: "30x20cm")).longSide == 30 * 72 / 2.54)
    }

    @Test func `sizes that are no sheet are refused`() {
        for text in ["huge", "", "x", "10x", "0x5in", "-3x4in", "1x1mm", "nanxnan", "5x5x5in", "inf x 3"] {
            #expect(PageSize(paper: text) == nil, "\(text)")
        }
    }

    @Test func `the sheet turns to the drawing's shape`() {
        let wide = PageSize.a4.printable(forWidth: 300, height: 100)
        #expect(wide.width > wide.height)
        let tall = PageSize.a4.printable(forWidth: 100, height: 300)
        #expect(tall.width < tall.height)
        #expect(abs(tall.width - (595.28 - 2 * 28.35)) < 0.01)
    }
}
