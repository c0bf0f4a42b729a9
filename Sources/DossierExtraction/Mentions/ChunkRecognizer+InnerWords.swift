import Dossier

extension ChunkRecognizer {
    /// Whether a demonym stands between two capitalized words no mention
    /// covers, as in "Royal Canadian Mounted Police" or "Royal Thai Navy",
    /// and so is a word of a longer name rather than a nationality.
    static func isInsideName(_ mention: Mention, tokens: [Token], existing: Coverage) -> Bool {
        // The word before must not open the sentence, where any word is capitalized.
        guard mention.kind == .country, mention.isDemonym, mention.start > 1, mention.end < tokens.count else {
            return false
        }
        return tokens[mention.start - 1].isCapitalized && tokens[mention.end].isCapitalized
            && existing[mention.start - 1] == nil && existing[mention.end] == nil
    }

    /// Whether a capitalized organization cue ends a run of capitalized
    /// words, as "Police" and "Hospital" do in "Royal Canadian Mounted
    /// Police" and "Combined Military Hospital": then it is the head of
    /// that name, not a country's body.
    static func isCueInsideName(_ mention: Mention, tokens: [Token], existing: Coverage) -> Bool {
        guard case .organizationCue = mention.kind, mention.start > 1,
            tokens[mention.start].isCapitalized
        else { return false }
        let before = mention.start - 1
        guard tokens[before].isCapitalized else { return false }
        guard let owner = existing[before] else { return true }
        if case .organizationCue = owner.kind { return owner.start > 1 && tokens[owner.start - 1].isCapitalized }
        return owner.kind == .country && owner.isDemonym && isInsideName(owner, tokens: tokens, existing: existing)
    }
}
