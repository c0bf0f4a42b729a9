import Dossier
import Testing

@Suite struct EntityIDTests {
    @Test(arguments: [
        ("Zulfi Bukhari", "person/zulfi-bukhari"),
        ("Imran  Khan", "person/imran-khan"),
        ("imran-khan", "person/imran-khan"),
        ("Ben Gurion airport", "person/ben-gurion-airport"),
        ("Ségolène Royal", "person/segolene-royal"),
        ("O'Brien \"the \\ boss\"", "person/o-brien-the-boss"),
        ("عمران خان", "person/عمران-خان"),
    ])
    func `an id is the kind and a slug of the name`(name: String, expected: String) {
        #expect(EntityID(kind: .person, name: name).rawValue == expected)
    }

    @Test func `names that slug alike give one id`() {
        let ids = Set(
            ["Imran Khan", "Imran  Khan", "imran-khan", "IMRAN KHAN"].map { EntityID(kind: .person, name: $0) })
        #expect(ids.count == 1)
    }

    @Test func `a very long name gives a short id that still tells long names apart`() {
        let long = String(repeating: "a", count: 100_000)
        let first = EntityID(kind: .place, name: long)
        let second = EntityID(kind: .place, name: long + "b")
        #expect(first.rawValue.count < 110)
        #expect(first != second)
    }

    @Test func `a name of punctuation only still gets an id`() {
        let id = EntityID(kind: .organization, name: "!!!")
        #expect(id.rawValue.hasPrefix("organization/unnamed-"))
    }

    @Test func `raw ids need a known kind prefix`() {
        #expect(EntityID(rawValue: "person/x") != nil)
        #expect(EntityID(rawValue: "persona/x") == nil)
        #expect(EntityID(rawValue: "person/") == nil)
        #expect(EntityID(rawValue: "x") == nil)
        #expect(EntityID(rawValue: "office/director-of-mossad")?.kind == .office)
    }
}

@Suite struct DocumentIDTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func `a document id is the SHA-256 of its bytes`(text: String, digest: String) {
        #expect(DocumentID(contentsOf: Array(text.utf8)).rawValue == digest)
    }

    @Test func `a million bytes hash to the published digest`() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(
            DocumentID(contentsOf: bytes).rawValue
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
