import Dossier
import Foundation
import Testing

@testable import DossierExtraction

let sharedLexicon: Lexicon = {
    do { return try Lexicon.standard() } catch { fatalError("\(error)") }
}()

func read(_ text: String) -> [ReadSentence] {
    let prepared = TextPreparer(furniture: sharedLexicon.furniture).prepare(text)
    return DocumentReader(lexicon: sharedLexicon).read(prepared, range: 0..<prepared.scalars.count, date: nil)
}

func entityNames(_ text: String, _ kind: Mention.Kind) -> [String] {
    read(text).flatMap { $0.mentions.filter { $0.kind == kind && !$0.isLanguage }.map(\.name) }
}

@Suite struct TextPreparerTests {
    let preparer = TextPreparer(furniture: sharedLexicon.furniture)

    @Test func `quotes, dashes and spaces are normalised one for one`() {
        let text = "“Quoted” — it’s\u{00A0}here… 1990–1995"
        let prepared = preparer.prepare(text)
        #expect(prepared.scalars.count == text.unicodeScalars.count)
        #expect(String(String.UnicodeScalarView(prepared.scalars)) == "\"Quoted\" - it's here. 1990 1995")
        #expect(prepared.sourceText(0, 8) == "“Quoted”")
    }

    @Test func `page furniture lines are blanked`() {
        let prepared = preparer.prepare(
            "Real text.\nPost a Comment\n* Please Don't Spam Here. All good.\nSource: Somewhere\nMore text.")
        let text = String(String.UnicodeScalarView(prepared.scalars))
        #expect(text.contains("Real text."))
        #expect(text.contains("More text."))
        #expect(!text.contains("Comment"))
        #expect(!text.contains("Spam"))
        #expect(!text.contains("Somewhere"))
    }

    @Test func `HTML keeps its text and maps offsets back to the markup`() {
        let html =
            "<html><head><script>var x = 'Evil Name';</script><style>p{}</style></head><body><nav>Menu Item</nav><p>Angela Merkel visited Paris &amp; Rome.</p></body></html>"
        let prepared = preparer.prepareHTML(html)
        let text = String(String.UnicodeScalarView(prepared.scalars))
        #expect(text.contains("Angela Merkel visited Paris & Rome."))
        #expect(!text.contains("Evil"))
        #expect(!text.contains("Menu"))
        let start = text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex, to: text.range(of: "Angela")!.lowerBound)
        #expect(prepared.sourceText(start, start + 13) == "Angela Merkel")
    }
}

@Suite struct TokenizerTests {
    func sentences(_ text: String) -> [String] {
        Tokenizer.sentences(in: Array(text.unicodeScalars)).map { $0.tokens.map(\.text).joined(separator: " ") }
    }

    @Test func `abbreviations do not end sentences`() {
        #expect(
            sentences("Gen. Smith met Mr. Jones in the U.S. on Jan. 5. Dr. Who left. No. 10 is a house.") == [
                "Gen . Smith met Mr . Jones in the U.S. on Jan . 5 .", "Dr . Who left .", "No . 10 is a house .",
            ])
    }

    @Test func `possessives split and hyphenated names stay whole`() {
        let tokens = Tokenizer.sentences(
            in: Array("Khan's aide flew to Gilgit-Baltistan, O'Brien said.".unicodeScalars))[0].tokens
        #expect(
            tokens.map(\.text) == ["Khan", "'s", "aide", "flew", "to", "Gilgit-Baltistan", ",", "O'Brien", "said", "."])
        #expect(tokens[5].start == 20)
        #expect(tokens[5].end == 36)
    }

    @Test func `a line break ends a heading but not a wrapped sentence`() {
        #expect(sentences("A Heading Line\nThe body starts here.") == ["A Heading Line", "The body starts here ."])
        #expect(sentences("The body goes\non here.") == ["The body goes on here ."])
    }

    @Test func `tokens keep their text and lower case, in ASCII and beyond`() {
        let tokens = Tokenizer.sentences(in: TextPreparer.scalars(of: "Café ZÜRICH NATO mixedCase plain")).flatMap(
            \.tokens)
        #expect(tokens.map(\.text) == ["Café", "ZÜRICH", "NATO", "mixedCase", "plain"])
        #expect(tokens.map(\.lower) == ["café", "zürich", "nato", "mixedcase", "plain"])
        #expect(tokens.map(\.isAllCaps) == [false, true, true, false, false])
        #expect(tokens.map(\.isCapitalized) == [true, true, true, false, false])
    }

    @Test func `scalars are decoded as the string's own view decodes them`() {
        for text in ["", "plain ascii", "Café – “quoted” 北京 👍🏽 e\u{301}"] {
            #expect(TextPreparer.scalars(of: text) == Array(text.unicodeScalars))
        }
    }

    @Test func `an endless sentence is cut into bounded pieces`() {
        let text = String(repeating: "word ", count: 1_000)
        let pieces = Tokenizer.sentences(in: Array(text.unicodeScalars))
        #expect(pieces.count == 4)
        #expect(pieces.allSatisfy { $0.tokens.count <= Tokenizer.maximumTokens })
    }
}

@Suite struct RecognizerTests {
    @Test func `a country fills its pattern, and quick tests agree with the word lists`() {
        #expect(LexiconRecognizer.fill("Bank of {country}", with: "Japan") == "Bank of Japan")
        #expect(LexiconRecognizer.fill("{country} Army", with: "Peru") == "Peru Army")
        #expect(LexiconRecognizer.fill("Armed Forces", with: "Peru") == "Armed Forces")
        for word in Grammar.clauseBoundaries { #expect(DocumentAnalyzer.isClauseBoundary(word)) }
        for word in ["the", "said", "and", "was", "--", "whoever"] { #expect(!DocumentAnalyzer.isClauseBoundary(word)) }
    }

    @Test func `countries are found by name, short form and demonym`() {
        let text = "The UAE and the U.S. backed Pakistani and British officials, while Saudi Arabia waited."
        let mentions = read(text).flatMap(\.mentions).filter { $0.kind == .country }
        #expect(
            mentions.map(\.name) == [
                "United Arab Emirates", "United States", "Pakistan", "United Kingdom", "Saudi Arabia",
            ])
        #expect(mentions.map(\.isDemonym) == [false, false, true, true, false])
    }

    @Test func `people are found after titles and honorifics, without them`() {
        let people = entityNames(
            "Prime Minister Narendra Modi met Gen. Min Aung Hlaing and Sayed Ali Shah in Delhi.", .person)
        #expect(people == ["Narendra Modi", "Min Aung Hlaing", "Ali Shah"])
    }

    @Test func `cue words make organizations and places`() {
        let text = "The Kenya Wildlife Service spoke at Jomo Kenyatta airport, and the Nairobi Daily reported it."
        #expect(entityNames(text, .organization) == ["Kenya Wildlife Service", "Nairobi Daily"])
        #expect(entityNames(text, .place).contains("Jomo Kenyatta airport"))
    }

    @Test func `a country and a cue make an organization of that country`() {
        #expect(
            entityNames("The Egyptian army and the French foreign ministry disagreed.", .organization) == [
                "Egypt Army", "Foreign Ministry of France",
            ])
    }

    @Test func `a surname joins the full name seen in the document`() {
        let people = entityNames("Emmanuel Macron spoke. Later, Macron left for Berlin.", .person)
        #expect(people == ["Emmanuel Macron", "Emmanuel Macron"])
    }

    @Test func `words that only start a sentence are not names`() {
        let text = "However, Monday was quiet. Apparently nothing happened. DID NOT happen, he said."
        #expect(read(text).flatMap(\.mentions).filter(\.isEntity).isEmpty)
    }

    @Test(arguments: [
        ("They met on September 1, 2005 in Istanbul.", "2005-09-01"),
        ("They met on 1 September 2005.", "2005-09-01"),
        ("He arrived in November 2020.", "2020-11"),
        ("Talks continued into 2021.", "2021"),
    ])
    func `absolute dates are read in ISO form`(text: String, iso: String) {
        #expect(entityNames(text, .date).first == iso)
    }

    @Test func `relative dates resolve against the document's date and stay open without one`() {
        let sentence = Tokenizer.sentences(
            in: Array("He resigned on May 17 this year after last November's trip.".unicodeScalars))[0]
        let dated = DateRecognizer(lexicon: sharedLexicon, documentDate: "2021-06-07").mentions(in: sentence).map(
            \.name)
        #expect(dated == ["2021-05-17", "2020-11"])
        let undated = DateRecognizer(lexicon: sharedLexicon, documentDate: nil).mentions(in: sentence).map(\.name)
        #expect(undated == ["", ""])
    }

    @Test func `a user lexicon adds names and reports bad lines`() throws {
        let lexicon = try sharedLexicon.adding(
            contentsOf: "# mine\norganization\tAcme Widgets\tAcme|AW\tGermany\n", path: "mine.tsv")
        #expect(lexicon.senses(of: "AW").contains(.organization("Acme Widgets")))
        #expect(
            throws: ExtractionError.invalidLexicon(
                path: "mine.tsv", line: 2,
                message: "unknown kind \"planet\"; use country, place, organization, person or office")
        ) {
            try sharedLexicon.adding(contentsOf: "\nplanet\tMars\n", path: "mine.tsv")
        }
    }
}
