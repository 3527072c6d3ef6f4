import Corroborate
import Foundation
import Testing

@Suite("Claim frames")
struct FrameExtractorTests {
    private func frame(_ text: String, date: String? = nil) throws -> ClaimFrame {
        let header = date.map { "Date: \($0)\n\n" } ?? ""
        let document = try Fixture.document(header + text)
        return FrameExtractor().frame(spans: [TextSpan(0, document.scalars.count)], in: document)
    }

    @Test(
        "Quantities keep their measure and qualifier",
        arguments: [
            ("at least four people were killed", 4.0, "killed", Quantity.Qualifier.atLeast),
            ("more than two dozen wounded", 24, "wounded", .moreThan),
            ("nearly 300,000 residents were trapped", 300_000, "trapped", .nearly),
            ("nine rebels were killed", 9, "killed", .exact),
            ("up to 50 percent of the city", 50, "percent", .upTo),
            ("hosts an estimated 3 million Syrian refugees", 3_000_000, "refugees", .about),
        ])
    func quantities(text: String, value: Double, measure: String, qualifier: Quantity.Qualifier) throws {
        let q = try #require(try frame(text).quantities.first)
        #expect(q.value == value)
        #expect(q.measure == measure)
        #expect(q.qualifier == qualifier)
    }

    @Test("Miles are converted to kilometres")
    func miles() throws {
        let q = try #require(try frame("[57 miles] of our border has been completely secured").quantities.first)
        #expect(q.unit == "km")
        #expect(abs(q.value - 91.73) < 0.01)
    }

    @Test("Years and ages are not counts")
    func notCounts() throws {
        #expect(try frame("the 5-year-old war since 2011 began in June 2014").quantities.isEmpty)
    }

    @Test("Weekdays and `yesterday` resolve against the article date")
    func time() throws {
        #expect(try frame("clashes on Saturday", date: "2016-09-05").time?.date?.description == "2016-09-03")
        #expect(try frame("taken Sunday afternoon", date: "2016-09-05").time?.date?.description == "2016-09-04")
        #expect(try frame("fighting yesterday", date: "2016-09-05").time?.date?.description == "2016-09-04")
        #expect(try frame("since Aug. 24", date: "2016-09-05").time?.date?.description == "2016-08-24")
    }

    @Test(
        "Places and actors get one name per entity",
        arguments: [
            ("Isis fighters fled Jarablus", ["Jarabulus"], ["Islamic State"]),
            ("ISIL left Jarabulus and Soran", ["Jarabulus", "Sawran"], ["Islamic State"]),
            ("the Jarablus-Azaz line has been connected", ["Syrian-Turkish border"], []),
        ])
    func entities(text: String, places: [String], actors: [String]) throws {
        let f = try frame(text)
        #expect(f.places.map(\.name) == places)
        #expect(f.actors.map(\.name) == actors)
    }

    @Test(
        "A generic alias names its entity only in an article that names it, or the place it lies in, by name",
        arguments: [
            // The frame is read from the last sentence; the sentence before is the rest of the article.
            ("Velmora reopened its crossing. Smugglers crossed the border at night.", [], []),
            ("The Turkish border was closed. Smugglers crossed the border at night.", ["Syrian-Turkish border"], []),
            ("Police blocked the square. Troops fired on the crowd.", [], []),
            ("Syrian troops entered the town. Troops fired on the crowd.", [], ["Syrian government forces"]),
            ("The storm passed. Several neighborhoods lost power.", [], []),
            ("Shelling hit Aleppo. Several neighborhoods lost power.", ["eastern Aleppo"], []),
        ])
    func genericAliases(text: String, places: [String], actors: [String]) throws {
        let document = try Fixture.document(text)
        let last = try #require(document.text.range(of: ". ", options: .backwards))
        let start = document.text.unicodeScalars.distance(
            from: document.text.unicodeScalars.startIndex, to: last.upperBound)
        let f = FrameExtractor().frame(spans: [TextSpan(start, document.scalars.count)], in: document)
        #expect(f.places.map(\.name) == places)
        #expect(f.actors.map(\.name) == actors)
    }

    @Test("Manner, state, negation and hedges are recorded")
    func manner() throws {
        #expect(try frame("captured Dabiq after IS members withdrew").manner.map(\.label) == ["unopposed"])
        #expect(try frame("Dabiq had fallen after fierce clashes").manner.map(\.label) == ["contested"])
        #expect(try frame("troops are now in full control of the academies").state.map(\.label) == ["full-control"])
        #expect(try frame("the rebels did not capture the town").negated)
        #expect(try frame("the fighters appeared to have fled").hedges.contains("appeared to"))
    }
}
