/// Two quotations aligned word by word: the best local alignment of their word keys (matches score 2, two forms
/// of one word such as `named` and `name` score 1 and are shown as a difference, a word left out or changed costs
/// 1), so that a partial quote inside a longer sentence lines up with the stretch it
/// comes from, and the words that differ inside that stretch are the ones shown.
struct QuoteAlignment: Sendable, Equatable {
    /// Words aligned.
    var matched: Int
    /// Length of the aligned stretch on the longer side.
    var stretch: Int
    /// Word positions in the first and the second quotation with no partner inside the aligned stretch, plus a
    /// short clipped ending or opening (`but maybe not`) one side has and the other leaves out.
    var onlyA: [Int]
    var onlyB: [Int]
    /// Of those, the words of a clipped ending or opening: the same quotation cut at another place (its extent),
    /// not other words.
    var extentA: Set<Int> = []
    var extentB: Set<Int> = []
    /// The aligned stretch on each side.
    var rangeA: Range<Int>
    var rangeB: Range<Int>

    /// Length of the aligned stretch on the shorter side.
    var shortStretch = 0

    /// The share of the aligned stretches (the mean of the two sides) whose words line up: `no heir named X`
    /// inside `no heir by the name of X` lines up better than a third of it differing.
    var density: Double {
        stretch == 0 ? 0 : Double(matched) / (Double(stretch + max(shortStretch, 1)) / 2)
    }

    /// Words beyond the aligned stretch count as a difference when there are at most this many and the other
    /// quotation stops there: a clipped clause, not a longer excerpt.
    static let clippedLimit = 6

    static let empty = QuoteAlignment(
        matched: 0, stretch: 0, onlyA: [], onlyB: [], rangeA: 0..<0, rangeB: 0..<0, shortStretch: 0)

    /// Number words as digits, so that `ten` and `10` are one word.
    static let numerals: [String: String] = [
        "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
        "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "hundred": "100",
    ]

    /// A word's spelling key: digits for number words, and for longer words the consonants with `z` as `s` and
    /// doubled letters once (`neighbourhood` and `neighborhood`, `organisation` and `organization`, `travelled`
    /// and `traveled`).
    static func spelling(_ key: String) -> String {
        if let digits = numerals[key] { return digits }
        guard key.count >= 5 else { return key }
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        for scalar in key.unicodeScalars {
            let s: Unicode.Scalar = scalar == "z" ? "s" : scalar
            if "aeiouy".unicodeScalars.contains(s) || s == last { continue }
            out.append(s)
            last = s
        }
        return "%" + String(out)
    }

    /// Whether two words are the same word spelt two ways (or a number in digits and in words).
    static func sameSpelling(_ a: String, _ b: String, _ sa: String, _ sb: String) -> Bool {
        a == b || (sa == sb && (sa.first != "%" || (abs(a.count - b.count) <= 2 && a.first == b.first)))
    }

    /// Word keys with their stems and spelling keys, read once per claim and held as ids in `InternedStrings`
    /// (4 bytes a string where a string takes 16: every claim with a quotation holds them to the end of the
    /// comparison). Equal ids are equal strings, so the alignment compares ids. The three lists share one buffer
    /// (keys, then stems, then spellings): one allocation and an 8-byte field where three arrays took three
    /// allocations and 24 bytes in every claim's content.
    struct Words: Sendable {
        /// The key ids, the stem ids and the spelling ids, `count` each, one after the other.
        private var ids: [UInt32]

        /// How many words.
        var count: Int { ids.count / 3 }
        var keyIDs: ArraySlice<UInt32> { ids[0..<count] }
        var stemIDs: ArraySlice<UInt32> { ids[count..<2 * count] }
        var spellingIDs: ArraySlice<UInt32> { ids[2 * count..<3 * count] }

        var keys: [String] { keyIDs.map(InternedStrings.string) }
        var stems: [String] { stemIDs.map(InternedStrings.string) }
        var spellings: [String] { spellingIDs.map(InternedStrings.string) }

        init(_ keys: [String]) {
            var ids = [UInt32]()
            ids.reserveCapacity(3 * keys.count)
            ids.append(contentsOf: keys.map(InternedStrings.id))
            ids.append(contentsOf: keys.map { InternedStrings.id(ContentReader.stem($0)) })
            ids.append(contentsOf: keys.map { InternedStrings.id(QuoteAlignment.spelling($0)) })
            self.ids = ids
        }

        /// The same for a claim's words, read from their interned keys: what `init(_:)` gives for their keys, with
        /// no key read back as a string and no stem or spelling made as one when it is already interned.
        init(_ words: [FrameWord]) {
            var ids = [UInt32]()
            ids.reserveCapacity(3 * words.count)
            for word in words { ids.append(word.keyID) }
            for word in words { ids.append(ContentReader.stemID(of: word)) }
            for word in words { ids.append(QuoteAlignment.spellingID(of: word)) }
            self.ids = ids
        }

        /// Words from their three lists, which must be as long as each other.
        init(keys: ArraySlice<String>, stems: ArraySlice<String>, spellings: ArraySlice<String>) {
            precondition(keys.count == stems.count && keys.count == spellings.count)
            ids = (keys + stems + spellings).map(InternedStrings.id)
        }

        private init(ids: [UInt32]) { self.ids = ids }

        subscript(range: Range<Int>) -> Words {
            let n = count
            var ids = [UInt32]()
            ids.reserveCapacity(3 * range.count)
            for start in [0, n, 2 * n] {
                ids.append(contentsOf: self.ids[(start + range.lowerBound)..<(start + range.upperBound)])
            }
            return Words(ids: ids)
        }

        /// The same words in a buffer of exactly their size.
        func compacted() -> Words { Words(ids: ids.exactCopy()) }
    }

    /// At most how many words `align(a, b)` can match: the words of either side (of the first 150, as aligned)
    /// whose key, stem or spelling id is among the other side's. A matched pair of words shares one of the three
    /// (`gain` above 0), and each word is matched at most once, so the alignment's `matched` is never more; it is
    /// read with one set of the shorter side's ids instead of a table of every pair of words.
    static func matchBound(_ a: Words, _ b: Words) -> Int {
        let n = min(a.count, 150)
        let m = min(b.count, 150)
        guard n > 0, m > 0 else { return 0 }
        let (short, long, s, l) = n <= m ? (a, b, n, m) : (b, a, m, n)
        var ids = Set<UInt32>(minimumCapacity: 3 * s)
        for k in 0..<s {
            ids.insert(short.keyIDs[short.keyIDs.startIndex + k])
            ids.insert(short.stemIDs[short.stemIDs.startIndex + k])
            ids.insert(short.spellingIDs[short.spellingIDs.startIndex + k])
        }
        var count = 0
        for k in 0..<l
        where ids.contains(long.keyIDs[long.keyIDs.startIndex + k])
            || ids.contains(long.stemIDs[long.stemIDs.startIndex + k])
            || ids.contains(long.spellingIDs[long.spellingIDs.startIndex + k])
        {
            count += 1
        }
        return min(count, s)
    }

    /// Aligns `a` and `b` (word keys). Quotations longer than 150 words are cut there.
    static func align(_ a: [String], _ b: [String]) -> QuoteAlignment { align(Words(a), Words(b)) }

    static func align(_ a: Words, _ b: Words) -> QuoteAlignment {
        let x = Array(a.keyIDs.prefix(150))
        let y = Array(b.keyIDs.prefix(150))
        guard !x.isEmpty, !y.isEmpty else { return .empty }
        let sx = Array(a.stemIDs.prefix(150))
        let sy = Array(b.stemIDs.prefix(150))
        let px = Array(a.spellingIDs.prefix(150))
        let py = Array(b.spellingIDs.prefix(150))
        // `sameSpelling` on ids: equal ids are equal strings; the strings are read only where the spellings meet.
        func same(_ i: Int, _ j: Int) -> Bool {
            x[i] == y[j]
                || (px[i] == py[j]
                    && sameSpelling(
                        InternedStrings.string(x[i]), InternedStrings.string(y[j]), InternedStrings.string(px[i]),
                        InternedStrings.string(py[j])))
        }
        func gain(_ i: Int, _ j: Int) -> Int {
            same(i, j) ? 2 : (sx[i] == sy[j] && InternedStrings.string(sx[i]).count >= 3 ? 1 : -1)
        }
        let width = y.count + 1
        var score = [Int](repeating: 0, count: (x.count + 1) * width)
        var best = (value: 0, i: 0, j: 0)
        for i in 1...x.count {
            for j in 1...y.count {
                let diagonal = score[(i - 1) * width + j - 1] + gain(i - 1, j - 1)
                let value = max(0, diagonal, score[(i - 1) * width + j] - 1, score[i * width + j - 1] - 1)
                score[i * width + j] = value
                if value > best.value { best = (value, i, j) }
            }
        }
        guard best.value > 0 else { return .empty }
        // Trace back from the best cell to where the local alignment starts.
        var pairs: [(Int, Int)] = []
        var i = best.i
        var j = best.j
        while i > 0 && j > 0 && score[i * width + j] > 0 {
            let here = score[i * width + j]
            if gain(i - 1, j - 1) > 0 && here == score[(i - 1) * width + j - 1] + gain(i - 1, j - 1) {
                pairs.append((i - 1, j - 1))
                i -= 1
                j -= 1
            } else if here == score[(i - 1) * width + j - 1] - 1 {
                i -= 1
                j -= 1
            } else if here == score[(i - 1) * width + j] - 1 {
                i -= 1
            } else {
                j -= 1
            }
        }
        pairs.reverse()
        guard let first = pairs.first, let last = pairs.last else { return .empty }
        let exact = pairs.filter { same($0.0, $0.1) }
        // The traced pairs rise on both sides, so each side's exact matches come in increasing order: the words
        // without one are found by walking them, with no set made.
        func unmatched(_ range: ClosedRange<Int>, _ matched: [Int]) -> [Int] {
            var out: [Int] = []
            var m = 0
            for k in range {
                while m < matched.count && matched[m] < k { m += 1 }
                if m < matched.count && matched[m] == k { continue }
                out.append(k)
            }
            return out
        }
        var onlyA = unmatched(first.0...last.0, exact.map(\.0))
        var onlyB = unmatched(first.1...last.1, exact.map(\.1))
        let tailA = x.count - 1 - last.0
        let tailB = y.count - 1 - last.1
        var extentA = Set<Int>()
        var extentB = Set<Int>()
        if tailA == 0 && tailB > 0 && tailB <= clippedLimit {
            onlyB += (last.1 + 1)..<y.count
            extentB.formUnion((last.1 + 1)..<y.count)
        }
        if tailB == 0 && tailA > 0 && tailA <= clippedLimit {
            onlyA += (last.0 + 1)..<x.count
            extentA.formUnion((last.0 + 1)..<x.count)
        }
        // A short quotation whose last words were changed (`difficult but essential` against `difficult but
        // necessary, and ...`): its ending against as many words of the other.
        if tailA > 0 && tailB > 0 && min(tailA, tailB) <= 3 {
            let n = min(tailA, tailB)
            onlyA += (last.0 + 1)..<(last.0 + 1 + n)
            onlyB += (last.1 + 1)..<(last.1 + 1 + n)
        }
        if first.0 == 0 && first.1 > 0 && first.1 <= clippedLimit {
            onlyB = Array(0..<first.1) + onlyB
            extentB.formUnion(0..<first.1)
        }
        if first.1 == 0 && first.0 > 0 && first.0 <= clippedLimit {
            onlyA = Array(0..<first.0) + onlyA
            extentA.formUnion(0..<first.0)
        }
        let stretch = max(last.0 - first.0, last.1 - first.1) + 1
        return QuoteAlignment(
            matched: pairs.count, stretch: stretch, onlyA: onlyA.sorted(), onlyB: onlyB.sorted(),
            extentA: extentA, extentB: extentB, rangeA: first.0..<(last.0 + 1), rangeB: first.1..<(last.1 + 1),
            shortStretch: min(last.0 - first.0, last.1 - first.1) + 1)
    }
}

extension QuoteAlignment {
    /// The most words each quotation may open with, before the aligned stretch, for them to be read as a changed
    /// opening.
    static let openingLimit = 3

    /// This alignment with a changed opening shown as a difference: when both quotations open with a few words
    /// (at most `openingLimit` each) that do not line up before the aligned stretch (`Twelve ships will be
    /// barred` against `Twenty ships will be barred`), those words are other words, not where an excerpt starts;
    /// the counterpart of a changed ending, which `align` reads. Only one side's opening is another extent.
    func withChangedOpening() -> QuoteAlignment {
        let openA = rangeA.lowerBound
        let openB = rangeB.lowerBound
        guard openA > 0, openB > 0, max(openA, openB) <= QuoteAlignment.openingLimit else { return self }
        var result = self
        result.onlyA = Array(0..<openA) + onlyA
        result.onlyB = Array(0..<openB) + onlyB
        return result
    }
}
