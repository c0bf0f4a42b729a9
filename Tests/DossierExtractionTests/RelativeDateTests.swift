import Dossier
import Testing

@testable import DossierExtraction

/// Weekdays, "yesterday" and "today" resolve against the document's date.
@Suite struct RelativeDateTests {
    @Test func `calendar days count, name weekdays and print as ISO dates`() throws {
        let day = try #require(CalendarDay(iso: "2004-11-30"))
        #expect(day.weekday == 2)  // a Tuesday
        #expect(day.adding(days: 1).iso == "2004-12-01")
        #expect(day.adding(days: -335).iso == "2003-12-31")
        #expect(CalendarDay(iso: "2024-02-29")?.adding(days: 1).iso == "2024-03-01")
        #expect(CalendarDay(iso: "1970-01-01")?.number == 0)
        #expect(CalendarDay(iso: "1969-12-31")?.weekday == 3)
        #expect(CalendarDay(iso: "2004-11") == nil)
    }

    func recognize(_ text: String, on date: String?) -> [(String, String)] {
        var recognizer = DateRecognizer(lexicon: sharedLexicon)
        recognizer.documentDate = date
        let sentence = Tokenizer.sentences(in: Array(text.unicodeScalars))[0]
        return recognizer.mentions(in: sentence).map { ($0.surface, $0.name) }
    }

    @Test(arguments: [
        ("The minister arrived on Monday.", "Monday", "2004-11-29"),
        ("The minister arrives on Tuesday.", "Tuesday", "2004-11-30"),
        ("The minister left on Wednesday.", "Wednesday", "2004-11-24"),
        ("The talks began last Tuesday.", "last Tuesday", "2004-11-23"),
        ("The talks resume next Monday.", "next Monday", "2004-12-06"),
        ("The minister arrived yesterday.", "yesterday", "2004-11-29"),
        ("The minister speaks today.", "today", "2004-11-30"),
    ])
    func `a relative day resolves against a Tuesday's article`(text: String, surface: String, date: String) {
        let dates = recognize(text, on: "2004-11-30")
        #expect(dates.count == 1)
        #expect(dates.first?.0 == surface)
        #expect(dates.first?.1 == date)
    }

    @Test func `a weekday before a stated date, or in an undated article, gets no date of its own`() {
        let stated = recognize("He spoke on Tuesday, November 30, 2004 in Ottawa.", on: "2004-12-02")
        #expect(stated.map(\.1) == ["", "2004-11-30"])
        #expect(recognize("He spoke on Monday.", on: nil).map(\.1) == [""])
        #expect(recognize("He spoke on Monday.", on: "2004-11").map(\.1) == [""])
        #expect(recognize("He spoke yesterday.", on: nil).isEmpty)
    }

    @Test func `an event on a weekday of a dated article is dated`() throws {
        let draft = build(
            ["Dr. Amara Osei, the Foreign Minister of Ghana, met Kenyan President Daniel Mwangi in Nairobi on Monday."],
            date: "2021-03-03")
        let meeting = try #require(draft.event("meeting").first)
        #expect(meeting.attributes["date"] == "2021-03-01")
    }
}

/// The document's date from its first lines.
@Suite struct DocumentDateTests {
    func dateOf(_ text: String) -> String? {
        let document = TextDocument(id: DocumentID(contentsOf: Array(text.utf8)), path: "a.txt", text: text)
        return TextGraphBuilder(lexicon: sharedLexicon).build([document]).documents.values.first?.date
    }

    @Test(arguments: [
        ("OTTAWA, Nov. 30, 2004 (AP) — Prime Minister Ana Costa met the envoy on Monday.", "2004-11-30"),
        ("WASHINGTON, D.C., March 3, 2021 — The minister spoke.", "2021-03-03"),
        ("Tuesday, November 30, 2004\n\nThe minister spoke on Monday.", "2004-11-30"),
        ("Published 12 May 2021\n\nThe minister spoke.", "2021-05-12"),
    ])
    func `a dateline or a date line dates the article`(text: String, date: String) {
        #expect(dateOf(text) == date)
    }

    @Test func `a date inside the first sentence's story does not date the article`() {
        #expect(dateOf("The minister, who took office on March 3, 2021, spoke to reporters.") == nil)
        #expect(dateOf("Ana Costa, the minister since May 2019, spoke.") == nil)
    }

    @Test func `events of a datelined article take their weekday's date`() throws {
        let draft = build([
            "NAIROBI, March 3, 2021 (Reuters) — Dr. Amara Osei, the Foreign Minister of Ghana, "
                + "met Kenyan President Daniel Mwangi in Nairobi on Monday."
        ])
        let meeting = try #require(draft.event("meeting").first)
        #expect(meeting.attributes["date"] == "2021-03-01")
    }
}
