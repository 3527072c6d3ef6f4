/// A figure set off by commas right after a name (`Ada Brun, 26, was hurt`) is the person's age, not a count of
/// what the clause tells: `26, was killed` counts no one killed. A figure agreement that stands on such a figure on
/// either side is no agreement on a measure; the pair is judged by what its clauses say, as any other.
enum AppositiveAge {
    /// The most digits a number read as an age has.
    static let digits = 3

    /// Whether either side of a figure agreement is an age in apposition to a name, read as another measure (two
    /// ages of one person, `Ada Brun, 26,` and `the 26-year-old`, are an agreement on her age).
    static func either(_ figure: Proposal, _ pair: ClaimPair) -> Bool {
        let evidence = figure.relation.evidence
        guard evidence.count == 2 else { return false }
        func age(_ content: ClaimContent, _ span: TextSpan) -> Bool {
            content.quantities.contains { $0.span.overlaps(span) && $0.dimension == "age" }
        }
        guard !age(pair.contentA, evidence[0].span), !age(pair.contentB, evidence[1].span) else { return false }
        return holds(at: evidence[0].span.start, in: pair.documents[pair.a.document].scalars)
            || holds(at: evidence[1].span.start, in: pair.documents[pair.b.document].scalars)
    }

    /// Whether the figure that starts at `start` is a bare whole number of at most `digits` digits between a comma
    /// after a capitalised word and a comma after it (`Brun, 26, was`; not `Monday, 26 workers` nor `in 2016,`).
    static func holds(at start: Int, in scalars: ScalarText) -> Bool {
        guard start > 0, start < scalars.count else { return false }
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < scalars.count && scalars[k].properties.numericType == .decimal }
        var end = start
        while isDigit(end) { end += 1 }
        guard end > start, end - start <= digits, !isDigit(start - 1) else { return false }
        // After the number: spaces, then a comma.
        var after = end
        while after < scalars.count && scalars[after] == " " { after += 1 }
        guard after < scalars.count, scalars[after] == "," else { return false }
        // Before it: spaces, a comma, spaces, then a word written with a capital.
        var before = start - 1
        while before >= 0 && scalars[before] == " " { before -= 1 }
        guard before > 0, scalars[before] == "," else { return false }
        before -= 1
        while before >= 0 && scalars[before] == " " { before -= 1 }
        guard before >= 0, scalars[before].properties.isAlphabetic else { return false }
        while before > 0 && scalars[before - 1].properties.isAlphabetic { before -= 1 }
        return scalars[before].properties.isUppercase
    }
}
