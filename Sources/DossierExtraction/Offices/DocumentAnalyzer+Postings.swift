extension DocumentAnalyzer {
    /// The comma after an office that a name in apposition follows: right
    /// after the title ("the foreign minister, Ana Ruiz,"), or after the
    /// country or place an envoy is posted to ("Somalia's ambassador to
    /// Kenya, Abdirahman Yusuf,"); `nil` when no comma stands there.
    func appositiveComma(after office: Unit, _ units: [Unit], _ tokens: [Token]) -> Int? {
        guard office.end < tokens.count else { return nil }
        if tokens[office.end].text == "," { return office.end }
        guard ["to", "in"].contains(tokens[office.end].lower),
            let posted = units.first(where: { $0.start == office.end + 1 }),
            let place = posted.entity, DocumentAnalyzer.placeKinds.contains(place.kind),
            posted.end < tokens.count, tokens[posted.end].text == ","
        else { return nil }
        return posted.end
    }
}
