extension Token {
    /// The position after the bracket that opens at `start` in `tokens`
    /// ("( born 1961 )", brackets inside it counted), or `start` when no
    /// bracket opens there or it never closes.
    static func end(ofBracketAt start: Int, in tokens: [Token]) -> Int {
        guard start < tokens.count, tokens[start].text == "(" else { return start }
        var depth = 0
        for position in start..<tokens.count {
            if tokens[position].text == "(" { depth += 1 }
            if tokens[position].text == ")" {
                depth -= 1
                if depth == 0 { return position + 1 }
            }
        }
        return start
    }
}
