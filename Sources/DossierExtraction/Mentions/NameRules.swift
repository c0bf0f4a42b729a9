import Dossier

/// The ordered name rules for runs of capitalized words the lexicon does not
/// know. The order is the rules' priority: earlier rules are surer signs.
enum NameRules {
    /// The standard rules, in the order they are tried.
    static let standard: [NameRule] = [
        hyphenatedLowercase,  // "Pakistan-based", "Israeli-occupied": a compound adjective, no name
        beforeExercise,  // "Sea Breeze exercise": the exercise rule names it
        afterHonorific,  // "Dr. Amara Osei": an honorific is followed by a person
        commonAcronym,  // "GDP", "CEO": acronyms of things and titles
        compassBeforeDemonym,  // "North American": a region's adjective
        initialsAndSurname,  // "J. H. Dearle": initials make a person
        personNounBefore,  // "her counterpart Soo Park": a person noun outweighs place words
        demonymOrganization,  // "Saudi Press Agency": the demonym belongs to the name
        cueWordLast,  // "Kestrel Dynamics Ministry", "Lagos Airport": a cue word ends the name
        cueWordBeforeOf,  // "Bank of Tarnovia", "Party for Democracy": a cue word before "of" or "for"
        placePrefix,  // "Mount Kenya", "Lake Tana"
        cueWordAfter,  // "Oskelund village", "Marrow group": a lower-case cue word after the run
        countrySource,  // "Pakistan Observer reported": a country and a source make a paper
        countryStartSource,  // the same, the country inside the run
        allCommonWords,  // "The Government Said": common words capitalized
        afterOffice,  // "Prime Minister Ana Costa": a title is followed by its holder
        categoryNounBefore,  // "the folk band Marrow Lantern", "the town of Leonessa"
        sportsTeam,  // "Carolina Panthers": a place and a plural
        staffOf,  // "employees of Veltrana": staff work for an organization
        definedAfter,  // "Leonessa is a town in Lazio": a defining sentence
        hyphenatedCountry,  // "Indo-Pakistani": a compound of countries
        personShape,  // a given name first, or a run shaped like a person's name
        classifier,  // the trained chunk classifier, when it is sure enough
        unknownAcronym,  // "APEC", "TSPM": an unknown acronym is an organization
        loneWord,  // one word: a candidate for a name seen elsewhere
        mostlyCommonWords,  // more common words than names
        fallbackPerson,  // two or more unknown name words in news are a person
    ]

    /// The decision for `chunk`: the first rule's that does not pass.
    static func decide(_ chunk: NameChunk, rules: [NameRule] = standard) -> NameDecision {
        for rule in rules {
            let decision = rule.decide(chunk)
            if case .pass = decision { continue }
            return decision
        }
        return .notAName
    }

    static let hyphenatedLowercase = NameRule("hyphenated-lowercase") { chunk in
        let compound = (chunk.start..<chunk.end).contains { position in
            let token = chunk.tokens[position]
            guard token.text.utf8.contains(0x2D) else { return false }
            let parts = token.text.split(separator: "-")
            guard parts.dropFirst().contains(where: { $0.first?.isLowercase ?? false }) else { return false }
            // "Moon Jae-in", "Ban Ki-moon": two short syllables after a surname make a given name.
            let syllables =
                position > chunk.start && parts.count == 2 && parts.allSatisfy { $0.utf8.count <= 4 }
                && !chunk.lexicon.words.organizerSuffixes.contains(parts[1].lowercased())
            return !syllables
        }
        return compound ? .notAName : .pass
    }

    static let beforeExercise = NameRule("before-exercise") { chunk in
        let after = chunk.tokens[chunk.end..<min(chunk.tokens.count, chunk.end + 4)]
        return after.contains { chunk.lexicon.words.exerciseWords.contains($0.lower) } ? .notAName : .pass
    }

    static let afterHonorific = NameRule("after-honorific") { chunk in
        chunk.previous?.kind == .honorific ? chunk.guess(.person) : .pass
    }

    static let commonAcronym = NameRule("common-acronym") { chunk in
        chunk.length == 1 && chunk.lexicon.words.commonAcronyms.contains(chunk.tokens[chunk.start].text)
            ? .notAName : .pass
    }

    static let compassBeforeDemonym = NameRule("compass-before-demonym") { chunk in
        guard chunk.length == 1, chunk.lexicon.words.compassWords.contains(chunk.lowered[0]),
            let next = chunk.kindAt[chunk.end], next.isDemonym, next.start == chunk.end
        else { return .pass }
        return .notAName
    }

    static let initialsAndSurname = NameRule("initials-and-surname") { chunk in
        let tokens = chunk.tokens
        guard chunk.length >= 2, tokens[chunk.end - 1].text.utf8.count >= 2, tokens[chunk.end - 1].text != ".",
            (chunk.start..<chunk.end - 1).contains(where: { chunk.recognizer.isInitial(tokens, $0) }),
            !chunk.lowered.contains(where: { chunk.lexicon.nameCues[$0] != nil || Grammar.connectors.contains($0) })
        else { return .pass }
        return chunk.guess(.person)
    }

    static let personNounBefore = NameRule("person-noun-before") { chunk in
        guard chunk.start > 0, chunk.tokens[chunk.start - 1].lower != "of",
            Definition.before(chunk.tokens, start: chunk.start, lexicon: chunk.lexicon) == .person
        else { return .pass }
        return chunk.guess(.person)
    }

    static let demonymOrganization = NameRule("demonym-organization") { chunk in
        guard let previous = chunk.previous, previous.kind == .country, previous.isDemonym,
            previous.end == chunk.start, chunk.length >= 2,
            chunk.lexicon.hasOrganizationCue(chunk.lowered, orLast: true)
        else { return .pass }
        let joined = previous.surface + " " + chunk.name
        return chunk.guess(.organization, name: joined, from: previous.start, to: chunk.end)
    }

    static let cueWordLast = NameRule("cue-word-last") { chunk in
        guard let cue = chunk.lexicon.nameCues[chunk.lowered.last!], chunk.length >= 2 || cue == .organization
        else { return .pass }
        return chunk.guess(cue == .place ? .place : .organization)
    }

    static let cueWordBeforeOf = NameRule("cue-word-before-of") { chunk in
        let lowered = chunk.lowered
        guard
            let position = lowered.indices.dropLast().first(where: {
                Lexicon.namesGoOn(after: lowered[$0], preposition: lowered[$0 + 1])
                    && chunk.lexicon.nameCues[lowered[$0]] != nil
            })
        else { return .pass }
        return chunk.guess(chunk.lexicon.nameCues[lowered[position]] == .place ? .place : .organization)
    }

    static let placePrefix = NameRule("place-prefix") { chunk in
        chunk.length >= 2 && chunk.lexicon.words.placePrefixes.contains(chunk.lowered[0]) ? chunk.guess(.place) : .pass
    }
}
