import Corroborate
import Foundation
import Testing

/// Two articles written for a test, analysed together with the rules alone (`ArticleSet`).
private typealias ArticlePair = ArticleSet

/// Cause 1: claims about the same thing meet whatever the topic, with no event word in `events.json`.
@Suite("Candidates from all claims")
struct CandidateTests {
    @Test(
        "Two reports of one statement on a topic the event words do not know are related",
        arguments: [
            (
                "The mediators said a ceasefire between the two parties took effect at midnight on Sunday.",
                "The mediators announced that the ceasefire between the two parties took effect at midnight."
            ),
            (
                "The laboratory said the DNA test confirmed the boy is the son of the missing fisherman.",
                "A DNA test confirmed that the boy is the son of the missing fisherman, the laboratory said."
            ),
            (
                "The storm tore a hole 12 metres wide in the roof of the depot.",
                "Photos showed a hole about 39 feet wide in the roof of the depot."
            ),
            (
                "The newspaper reported that the student earned $45 million betting on horses between classes.",
                "According to the newspaper, she earned 45 million dollars betting on horses between her classes."
            ),
        ])
    func sameThingMeets(a: String, b: String) throws {
        let found = try ArticlePair(a: a, b: b).relations()
        #expect(found.map(\.type) == [.agreement], "\(found.map(\.rule))")
    }

    @Test("Two stories that share a phrase but not their subject are related by nothing")
    func differentStories() throws {
        let found = try ArticlePair(
            a: "Police in Lyon offered a $10,000 reward for information about a stolen painting.",
            b: "A football club in Leeds offered a $5,000 reward for information about its missing parrot."
        ).relations()
        #expect(found.isEmpty, "\(found.map(\.rule))")
    }
}

/// Cause 2: figures are compared only as the same measure of the same thing.
@Suite("Typed quantities")
struct TypedQuantityTests {
    @Test(
        "Different measures are related by nothing",
        arguments: [
            (
                "The front line is 30 miles long, the defence ministry said.",
                "The fighting covers an area of 200 square miles, the defence ministry said."
            ),
            (
                "The camp lies 12 km south of the border, aid workers said.",
                "Troops patrol a 90 km stretch of the border, aid workers said."
            ),
            (
                "In 2010, floods forced 100 families from their homes in the valley.",
                "More than 80 families fled their homes in the valley after the floods."
            ),
            (
                "Nine players from the club fell ill after the tour of the coast.",
                "The club took 30 players on the tour of the coast, and nine of them fell ill."
            ),
        ])
    func differentMeasures(a: String, b: String) throws {
        let found = try ArticlePair(a: a, b: b).relations()
        #expect(found.filter(\.type.isContradiction).isEmpty, "\(found.map(\.rule))")
    }

    @Test(
        "The same measure given differently is a numeric conflict, naming the measure",
        arguments: [
            (
                "The convoy stopped five miles from the town, witnesses said.",
                "The convoy stopped about eight miles from the town, witnesses said.", "numeric: length/distance"
            ),
            (
                "A gas explosion killed at least 10 people at the market in Tarvel on Friday.",
                "At least eight people were killed in Friday's gas explosion at the market in Tarvel.",
                "numeric: different lower bounds, count/person/killed"
            ),
            (
                "The pit dug by the machine has a radius of 4 metres, the surveyor said.",
                "The machine dug a pit 4 metres wide, the surveyor said.", "numeric: length/width"
            ),
            (
                "The players on the tour were aged between 16 and 17, the club said.",
                "The players on the tour were aged 16 to 18, the club said.", "numeric: age"
            ),
        ])
    func sameMeasureDiffers(a: String, b: String, rule: String) throws {
        let found = try ArticlePair(a: a, b: b).relations()
        #expect(found.map(\.type) == [.numericConflict] && found.map(\.rule) == [rule], "\(found.map(\.rule))")
    }

    @Test(
        "A radius set against a width says it was read as half the width, whichever side gives it",
        arguments: [
            ("The crater near Tarsk has a radius of 12 metres, the institute said.", true),
            ("Witnesses said the crater near Tarsk was 12 metres across.", false),
        ])
    func radiusExplained(first: String, radiusFirst: Bool) throws {
        let other =
            radiusFirst
            ? "Witnesses said the crater near Tarsk was 12 metres across."
            : "The crater near Tarsk has a radius of 12 metres, the institute said."
        let found = try ArticlePair(a: first, b: other).relations()
        let explanation = try #require(found.first { $0.type == .numericConflict }).explanation
        #expect(explanation.contains("“12 metres” (a radius: twice that across) "), "\(explanation)")
        #expect(explanation.components(separatedBy: "a radius").count == 2, "\(explanation)")
    }

    @Test("One figure written twice (8 km, five miles) agrees with either way of writing it")
    func restatedFigure() throws {
        let found = try ArticlePair(
            a: "The convoy stopped 8 km (five miles) from the town, witnesses said.",
            b: "The convoy stopped five miles from the town, witnesses said."
        ).relations()
        #expect(found.map(\.type) == [.agreement], "\(found.map(\.rule))")
    }
}

/// Cause 3: quotations are aligned word by word, and the words that differ are shown.
@Suite("Quote variants by alignment")
struct QuoteAlignmentTests {
    @Test(
        "The same speaker quoted with different words is a quote variant that shows the differing words",
        arguments: [
            (
                "Berg said the talks were \"difficult but essential\".",
                "\"The talks were difficult but necessary, and we will continue them next week,\" Berg said.",
                ["“essential”", "“necessary”"]
            ),
            (
                "\"We are reviewing the footage from the match and will comment in due course,\" said spokesman Karl Moen.",
                "\"We are studying the footage from the match,\" Karl Moen said.", ["“studying”"]
            ),
        ])
    func variant(a: String, b: String, words: [String]) throws {
        let found = try ArticlePair(a: a, b: b).relations()
        let variant = try #require(found.first { $0.type == .quoteVariant }, "\(found.map(\.rule))")
        for word in words { #expect(variant.explanation.contains(word), "\(variant.explanation)") }
    }

    @Test("A partial quote that matches the full one word for word is not a variant")
    func partialQuoteSame() throws {
        let found = try ArticlePair(
            a: "Berg said the talks were \"difficult but necessary\".",
            b: "\"The talks were difficult but necessary, and we will continue them next week,\" Berg said."
        ).relations()
        #expect(!found.contains { $0.type == .quoteVariant }, "\(found.map(\.rule))")
    }

    @Test("The same words credited to two different people are a conflict over who said them")
    func twoSpeakers() throws {
        let found = try ArticlePair(
            a: "\"We will rebuild every school before the winter comes,\" said Mayor Tom Reyes.",
            b: "\"We will rebuild every school before the winter comes,\" said Governor Lisa Moreno."
        ).relations()
        #expect(found.map(\.rule) == ["same quotation, different speakers"])
    }
}

/// Cause 4: a contradiction needs the denial to reach what both claims say, not a shared place.
@Suite("Contradiction beyond one war's words")
struct OppositionTests {
    @Test(
        "An assertion against its denial, its refutation or its opposite is a conflict, with the rule named",
        arguments: [
            (
                "Police said the woman arrested in Vienna is the wife of the smuggling ring's leader.",
                "Prosecutors said the woman arrested in Vienna is not the wife of the smuggling ring's leader.",
                "denial: “not” over the aligned proposition"
            ),
            (
                "The video shows the mayor accepting cash from a contractor in his office.",
                "The mayor's office said the video of the mayor accepting cash from a contractor is a fabrication.",
                "refutation: “fabrication”"
            ),
            (
                "The DNA test showed the child found in the camp is the king's son.",
                "The DNA test showed the child found in the camp is the king's daughter.",
                "opposite words: son vs daughter"
            ),
        ])
    func contradiction(a: String, b: String, rule: String) throws {
        let found = try ArticlePair(a: a, b: b).relations()
        #expect(found.filter(\.type.isContradiction).map(\.rule) == [rule], "\(found.map(\.rule))")
    }

    /// Known since the tagger landed: it ends the denied content at "any ceasefire", so "with the army on Friday"
    /// is not denied and the propositions no longer line up. Carrying the content to the rules' end lowered PolNeAR
    /// dev content F1 (.751 to .748), so the case waits for the tagger; this test fails once it passes again.
    @Test("A speaker's denial of the whole proposition is a conflict (known: the tagger cuts the denied content short)")
    func denialOfWholeProposition() throws {
        let found = try ArticlePair(
            a: "The rebels agreed a ceasefire with the army on Friday, the mediators said.",
            b: "The rebels denied any ceasefire with the army on Friday."
        ).relations()
        withKnownIssue("the tagger's content stops at 'any ceasefire'") {
            #expect(
                found.filter(\.type.isContradiction).map(\.rule) == ["denial: “denied” over the aligned proposition"])
        }
    }

    @Test(
        "Sentences that share a place, a negation that denies nothing, a descriptive `false` or a reported change are not contradictions",
        arguments: [
            (
                "Government troops captured the hill above Tarin on Monday.",
                "In Tarin, it is not clear whether the amnesty still holds."
            ),
            (
                "The council closed the bridge over the canal on Sunday.",
                "It is not the first time the council has closed the bridge over the canal."
            ),
            (
                "The suspect crossed the border into Austria on Tuesday.",
                "The suspect crossed the border into Austria with a false passport."
            ),
            (
                "The singer will headline the summer festival in June.",
                "The singer will not headline the summer festival in June after all."
            ),
        ])
    func noContradiction(a: String, b: String) throws {
        let found = try ArticlePair(a: a, b: b).relations()
        #expect(found.filter(\.type.isContradiction).isEmpty, "\(found.map(\.rule))")
    }
}

/// Cause 6: one place spelled two ways is one place; two places are two.
@Suite("Names and places in general")
struct NameVariantTests {
    @Test(
        "Figures for one place spelled two ways are compared; for two places they are not",
        arguments: [
            ("Manbij", "Menbij", true), ("Sawran", "Soran", true), ("Qaryatain", "Qaryatayn", true),
            ("Manbij", "Aleppo", false),
        ])
    func spelling(first: String, second: String, compared: Bool) throws {
        let found = try ArticlePair(
            a: "Shelling killed 12 people in \(first) on Tuesday, the monitor said.",
            b: "Shelling killed 15 people in \(second) on Tuesday, the monitor said."
        ).relations()
        #expect(found.contains { $0.type == .numericConflict } == compared, "\(found.map(\.rule))")
    }
}

/// Long claims, whose cosine as wholes is low, still relate through one sentence: a denial in a long quotation,
/// a restatement inside a lead with its background.
@Suite("Sentence-level evidence")
struct SentenceEvidenceTests {
    @Test(
        "A denial inside a long quotation contradicts the claim its sentence is about",
        arguments: [
            (
                "Residents said the storm had damaged the roof of the old mill on the river.",
                "\"We drove along the river road all morning, checked the bridges and the school, and spoke to the farmers near the weir. The storm did not damage the roof of the mill,\" the fire chief said."
            )
        ])
    func denialInLongQuote(a: String, b: String) throws {
        let found = try ArticlePair(a: a, b: b).relations()
        #expect(
            found.filter(\.type.isContradiction).map(\.rule) == ["denial: “not” over the aligned proposition"],
            "\(found.map(\.rule))")
    }

    @Test(
        "A negation of a noun or a place is not a denial of what the other claim says",
        arguments: [
            (
                "The charity said the new clinic offers health education to every family in the valley.",
                "\"Many families here have waited years for a doctor, and the roads are bad. Lack of education about health is the real problem,\" the nurse said."
            ),
            (
                "The ministry said the school trip to the capital taught children about the museums.",
                "\"Some of the children were not in school that week, and the museums were closed for repairs,\" the teacher said."
            ),
        ])
    func nominalNegation(a: String, b: String) throws {
        let found = try ArticlePair(a: a, b: b).relations()
        #expect(found.filter(\.type.isContradiction).isEmpty, "\(found.map(\.rule))")
    }

    @Test(
        "Figures of one measure with disjoint qualifiers conflict, and a measure that says what it measures needs one shared word",
        arguments: [
            (
                "Officials said water levels in the river rose to almost four meters on Monday.",
                "Water levels in the river reached more than four meters on Monday, officials said.",
                "numeric: length/height"
            ),
            (
                "Engineers said the sinkhole on the main road was 4 metres deep and 10 metres wide.",
                "Police closed the main road after the sinkhole, about 9 metres (30 feet) deep, swallowed a van.",
                "numeric: length/depth"
            ),
        ])
    func qualifiersAndMeasures(a: String, b: String, rule: String) throws {
        let found = try ArticlePair(a: a, b: b).relations()
        #expect(found.filter(\.type.isContradiction).map(\.rule) == [rule], "\(found.map(\.rule))")
    }

    @Test("A quotation cut off earlier, even before a qualifier, is the same words quoted shorter: no variant")
    func clippedQuote() throws {
        let found = try ArticlePair(
            a: "\"When I saw the results, I thought it was a mistake, but maybe not,\" said Professor Ana Silva.",
            b: "\"When I saw the results, I thought it was a mistake,\" said Professor Ana Silva."
        ).relations()
        #expect(!found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }
}
