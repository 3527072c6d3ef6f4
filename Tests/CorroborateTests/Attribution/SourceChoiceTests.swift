import Foundation
import Testing

@testable import Corroborate

/// Which span the tagged path credits as a cue's source: a dateline never, a title's abbreviation with its name.
@Suite("Source choice")
struct SourceChoiceTests {
    private func context(_ text: String) throws -> SentenceContext { try SentenceFixture.context(text) }

    private func range(_ words: String, in context: SentenceContext) throws -> Range<Int> {
        try SentenceFixture.range(words, in: context)
    }

    @Test(
        "A dateline opening the paragraph is no name; a title's abbreviation takes the name after its full stop; a trailing relative pronoun or of is left out",
        arguments: [
            ("PORT ALDER — Lena Kovac said the bridge would close.", "PORT ALDER", nil),
            ("PORT ALDER, March 3 (Wire) — Lena Kovac said the bridge would close.", "PORT ALDER", nil),
            ("BRIDGEWORKS said the bridge would close.", "BRIDGEWORKS", "BRIDGEWORKS"),
            ("Mr. Dorn said the bridge would close.", "Mr", "Mr . Dorn"),
            ("Later Ms. Lena Kovac said the bridge would close.", "Ms", "Ms . Lena Kovac"),
            ("The harbour Sen. Dorn said the bridge would close.", "The harbour Sen", "The harbour Sen . Dorn"),
            ("Lena Kovac said the bridge would close.", "Lena Kovac", "Lena Kovac"),
            ("The pilot who steered said the bridge would close.", "The pilot who", "The pilot"),
            ("Parents of pupils said the bridge would close.", "Parents of", "Parents"),
        ] as [(String, String, String?)])
    func wholeNames(text: String, marked: String, expected: String?) throws {
        let context = try context(text)
        let name = context.wholeName(try range(marked, in: context))
        #expect(name == (try expected.map { try range($0, in: context) }))
    }

    @Test("A marked span that cannot be a source gives way to the next one, then to the rules' source")
    func fallBackToTheNextSource() throws {
        let context = try context("Lena Kovac of Port Alder said the bridge would close.")
        let cue = try range("said", in: context)
        let candidate = SentenceContext.Candidate(cue: cue, entry: nil, kind: .verb)
        let name = try range("Lena Kovac", in: context)
        let fragment = try range("of", in: context)
        for broad in [false, true] {
            let chosen = context.chosenSource(
                marked: [fragment], rules: name, cue: cue, candidate: candidate, broad: broad)
            #expect(chosen?.source == name)
            let marked = context.chosenSource(
                marked: [fragment, name], rules: nil, cue: cue, candidate: candidate, broad: broad)
            #expect(marked?.source == name)
        }
        #expect(
            context.chosenSource(marked: [fragment], rules: nil, cue: cue, candidate: candidate, broad: true) == nil)
    }

    @Test("With --broad a passive's subject is what is reported: only an agent after the cue is its source")
    func passiveSubjectIsNoSource() throws {
        let context = try context("The harbour plan was described by Anton Dorn as a failure.")
        let cue = try range("was described", in: context)
        var candidate = SentenceContext.Candidate(cue: cue, entry: nil, kind: .verb)
        candidate.passive = true
        let subject = try range("The harbour plan", in: context)
        let agent = try range("Anton Dorn", in: context)
        #expect(context.chosenSource(marked: [subject], rules: nil, cue: cue, candidate: candidate, broad: true) == nil)
        #expect(
            context.chosenSource(marked: [agent], rules: nil, cue: cue, candidate: candidate, broad: true)?.source
                == agent)
        // The subject comes first, nearest the cue; the agent after it is still the one cited.
        #expect(
            context.chosenSource(marked: [subject, agent], rules: nil, cue: cue, candidate: candidate, broad: true)?
                .source == agent)
        #expect(
            context.chosenSource(marked: [subject], rules: agent, cue: cue, candidate: candidate, broad: true)?.source
                == agent)
        candidate.passive = false
        #expect(
            context.chosenSource(marked: [subject], rules: nil, cue: cue, candidate: candidate, broad: true)?.source
                == subject)
    }
}
