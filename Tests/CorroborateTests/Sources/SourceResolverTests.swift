import Corroborate
import Testing

@Suite("Canonical sources")
struct SourceResolverTests {
    /// Resolves the source of `SENTENCE` in a one-paragraph article.
    private func resolve(_ sentence: String) throws -> Source? {
        let document = try Fixture.document(sentence)
        return Corroborator().analyze(document).attributions.first?.canonical
    }

    @Test(
        "Mentions of one entity get one canonical source and a kind",
        arguments: [
            (
                "The Syrian Observatory for Human Rights said the town fell.", "Syrian Observatory for Human Rights",
                SourceKind.monitoringGroup
            ),
            (
                "The Britain-based monitoring group said the town fell.", "Syrian Observatory for Human Rights",
                .monitoringGroup
            ),
            ("Rami Abdulrahman said the town fell.", "Syrian Observatory for Human Rights", .monitoringGroup),
            ("Rami Abdel Rahman said the town fell.", "Syrian Observatory for Human Rights", .monitoringGroup),
            ("Turkey’s state-run Anadolu news agency said the town fell.", "Anadolu Agency", .stateMedia),
            ("Anadolu said the town fell.", "Anadolu Agency", .stateMedia),
            ("Syrian troops entered Tarsk. State TV said the town fell.", "Syrian state TV", .stateMedia),
            ("US Secretary of State John Kerry said the town fell.", "John Kerry", .official),
            ("Daesh said the town fell.", "Islamic State", .militantGroup),
            ("The United Nations said the town fell.", "United Nations", .internationalOrg),
            ("Turkey's military said the town fell.", "Turkish Armed Forces", .military),
        ])
    func registry(sentence: String, name: String, kind: SourceKind) throws {
        let source = try #require(try resolve(sentence))
        #expect(source.name == name)
        #expect(source.kind == kind)
    }

    @Test(
        "Unknown sources get a kind from their words and one name",
        arguments: [
            ("An unnamed military official said the town fell.", "military official (unnamed)", SourceKind.anonymous),
            (
                "A senior Obama Administration official said the town fell.", "US administration official (unnamed)",
                .anonymous
            ),
            ("Foreign Minister Mevlut Cavusoglu said the town fell.", "Mevlut Cavusoglu", .official),
            ("The Kurdish news agency Hawar said the town fell.", "Hawar", .media),
            ("Local rebels said the town fell.", "local rebels", .rebelFaction),
            // A capital the article also writes inside its sentences, or a possessive, is a name's, kept.
            ("Velmora police said the ferry sank. Divers searched the bay near Velmora.", "Velmora police", .other),
            ("Velmora's harbour wardens said the ferry sank.", "Velmora's harbour wardens", .other),
            // An abbreviated title is not part of the name; `Mr.` is a courtesy, not an office.
            ("Gov. Anne Wilder said the town fell.", "Anne Wilder", .official),
            ("Mr. Aldane said the town fell.", "Aldane", .other),
            ("Sen. Tom Ferris (D-Ore.) said the town fell.", "Tom Ferris", .official),
            ("The Lincoln actor said the town fell.", "Lincoln actor", .other),
            // A public service's own word for itself outranks a word it shares with armed groups (`brigade`).
            ("The regional fire brigade said the town fell.", "regional fire brigade", .government),
            // A government's alias before a noun for armed forces names the forces, as an adjective of nation does.
            ("The US army said the town fell.", "US army", .military),
            ("US troops said the town fell.", "US troops", .military),
            // Controls: the government itself and its officials.
            ("The US government said the town fell.", "United States", .government),
            ("The Russian army said the town fell.", "Russian army", .military),
        ])
    func unknown(sentence: String, name: String, kind: SourceKind) throws {
        let source = try #require(try resolve(sentence))
        #expect(source.name == name)
        #expect(source.kind == kind)
    }

    @Test(
        "A mention's shape points at who speaks: a body's name, a document's issuer, a name beside its description",
        arguments: [
            // A name headed by a body noun is the body, not a person named `Ministry`.
            ("Velmora's Transport Ministry said the ferry had sunk.", "Velmora's Transport Ministry"),
            ("The Coastal Safety Office said the ferry had sunk.", "Coastal Safety Office"),
            // A masthead keeps its capitalised `Daily`; a lowercase descriptor goes.
            ("The Daily Harbour reported that the ferry had sunk.", "Daily Harbour"),
            ("The Harbour Gazette newspaper reported that the ferry had sunk.", "Harbour Gazette"),
            // A document gives way to whoever issued it.
            ("According to Anton Dorn's Facebook page, the ferry had sunk.", "Anton Dorn"),
            ("A statement from the Velmora Coastguard said the ferry had sunk.", "Velmora Coastguard"),
            // A person named beside a description, or before where they work.
            ("Ilse Brandt, head of the Pilots and Sailors Union, said the ferry had sunk.", "Ilse Brandt"),
            ("Greg Tamsin of the Velmora Ferry Workers Association said the ferry had sunk.", "Greg Tamsin"),
            // A relative pronoun stands for the noun phrase before it, not the clause.
            ("It was Brandt who said the ferry had sunk.", "Brandt"),
        ])
    func mentionShapes(sentence: String, name: String) throws {
        let source = try #require(try resolve(sentence))
        #expect(source.name == name)
    }

    @Test("A user's sources file adds aliases")
    func userRegistry() throws {
        let path = Fixture.path("knowledge/extra-sources.json")
        let knowledge = try Knowledge.with(sources: path)
        let document = try Fixture.document("Hawar said the town fell.")
        let source = Corroborator(knowledge: knowledge).analyze(document).attributions.first?.canonical
        #expect(source?.name == "Hawar News Agency")
        #expect(source?.kind == .media)
    }

    @Test("A broken sources file is reported with its path")
    func brokenRegistry() {
        #expect {
            _ = try Knowledge.with(sources: Fixture.path("text/png-renamed.txt"))
        } throws: { error in
            "\(error)".hasPrefix(Fixture.path("text/png-renamed.txt") + ": not valid JSON")
        }
    }
}
