import Foundation

/// What a run repeats rather than reports, found with the claims' five-word shingles. Two articles are one article
/// published twice (an update or second edition, one story under two mastheads) when most of the shorter one's
/// shingles are in the other. A passage is boilerplate (a byline, an editor's note, a site's sign-off) when
/// several articles carry it word for word, most of them about unrelated stories or at their very end or start.
/// Neither is corroboration: an agreement needs two reports of something, so none is proposed between two copies
/// of an article or on a boilerplate claim (a contradiction still is, as between wire copies of one passage).
struct RepeatedText: Sendable {
    /// The share of the shorter article's shingles that the other must hold for the two to be one article.
    static let sameArticleShare = 0.5
    /// The fewest shingles an article needs to be compared: two briefs that share a sentence are not one article.
    static let fewestShingles = 20
    /// A shingle in more articles than this is a stock phrase, no sign that two of them are one article.
    static let commonShingle = 25
    /// The fewest articles (copies of one article counted once) that carry a passage for it to be boilerplate.
    static let boilerplateArticles = 3
    /// The least cosine of two articles' story vectors for them to tell one story (higher than the bar for
    /// comparing their claims at all, `StoryVectors.threshold`: two articles of one genre share some terms).
    static let oneStory = 0.1
    /// The articles of a passage whose stories are compared, pair by pair (the first by index).
    static let sampledArticles = 12
    /// The fewest words a passage needs to be told apart as boilerplate (`He said no.` is no site's sign-off).
    static let boilerplateWords = 4

    /// Pairs of articles that are copies, as `smaller * count + larger`.
    private let copies: Set<Int>
    private let count: Int
    /// Claims (by id) that are boilerplate.
    private let boilerplate: Set<String>
    /// The article of each claim, by id; nil when ids repeat (then nothing is filtered).
    private let articleOf: [String: Int]?

    /// `likeness` is the cosine of two articles (by index) over what each is about (`StoryVectors.cosine`).
    /// `partial` articles (by index) come with only some of their claims (a store's, as an `add` loads them):
    /// they are not tested as copies, and their first and last claims are given, as positions among the claims
    /// they come with (`partial[d]`), not taken from these claims.
    init(
        _ claims: [Claim], count: Int, partial: [Int: Set<Int>] = [:], likeness: @Sendable (Int, Int) -> Double
    ) {
        // The first and last claim of each article: where a site puts its bylines, notes and sign-offs.
        var first = [Int](repeating: -1, count: count)
        var last = [Int](repeating: -1, count: count)
        for (i, claim) in claims.enumerated() where claim.document < count && partial[claim.document] == nil {
            let d = claim.document
            let start = claim.spans.first?.start ?? 0
            if first[d] < 0 || start < claims[first[d]].spans.first?.start ?? 0 { first[d] = i }
            if last[d] < 0 || start > claims[last[d]].spans.first?.start ?? 0 { last[d] = i }
        }
        self.count = count
        // Each claim's passages: its shingles, or for a short claim its whole run of words as one.
        let passages = RepeatedText.passages(claims)
        let shingles = RepeatedText.articleShingles(claims, passages: passages, count: count)
        // Shingles shared by two articles, counted per pair from a sorted list of (shingle, article).
        var entries: [(Int, Int)] = []
        // Sized once: grown entry by entry, the list was copied a dozen times over.
        entries.reserveCapacity(
            shingles.indices.reduce(0) { total, d in
                shingles[d].count >= RepeatedText.fewestShingles && partial[d] == nil
                    ? total + shingles[d].count : total
            })
        for (d, set) in shingles.enumerated() where set.count >= RepeatedText.fewestShingles && partial[d] == nil {
            for h in set { entries.append((h, d)) }
        }
        var shared: [Int: Int] = [:]
        RepeatedText.runs(&entries) { articles in
            guard articles.count <= RepeatedText.commonShingle else { return }
            for i in articles.indices {
                for j in articles.indices where j > i { shared[articles[i] * count + articles[j], default: 0] += 1 }
            }
        }
        let copies = Set(
            shared.filter { key, n in
                Double(n) >= RepeatedText.sameArticleShare
                    * Double(min(shingles[key / count].count, shingles[key % count].count))
            }.keys)
        self.copies = copies
        // Copies of one article count once: each article stands for its group.
        var group = DisjointSets(count: count)
        for key in copies.sorted() { group.join(key / count, key % count) }
        let roots = (0..<count).map { group.root($0) }
        // A passage many articles carry, most of them about unrelated stories or as their first or last claim: a
        // quotation that the articles of one story repeat is reported by each of them; a sign-off is not.
        var carried: [(Int, Int)] = []
        carried.reserveCapacity(passages.reduce(0) { $0 + $1.count })
        var atEdge: [Int: Int] = [:]
        var position = [Int](repeating: 0, count: count)
        for (i, claim) in claims.enumerated() where claim.document < count {
            for h in passages[i] { carried.append((h, roots[claim.document])) }
            let d = claim.document
            position[d] += 1
            if partial[d].map({ $0.contains(position[d] - 1) }) ?? (first[d] == i || last[d] == i) {
                for h in passages[i] { atEdge[h, default: 0] += 1 }
            }
        }
        // Passages at the edge of most of their articles are boilerplate at once; the stories of the others'
        // articles are then compared in parallel.
        var repeated = Set<Int>()
        var sampled: [(hash: Int, articles: [Int])] = []
        RepeatedText.runs(&carried) { articles in
            guard articles.count >= RepeatedText.boilerplateArticles else { return }
            if 2 * atEdge[articles.hash, default: 0] > articles.count {
                repeated.insert(articles.hash)
            } else {
                sampled.append((articles.hash, Array(articles.prefix(RepeatedText.sampledArticles))))
            }
        }
        repeated.formUnion(RepeatedText.unrelated(sampled, likeness: likeness))
        // Whether most of each claim's passages are repeated, in parallel chunks of claims kept in order.
        let repeatedPassages = repeated
        let mostlyRepeated = passages.inOrderedChunks { part in
            part.map { !$0.isEmpty && 2 * $0.filter(repeatedPassages.contains).count >= $0.count }
        }.flatMap { $0 }
        var boilerplate = Set<String>()
        for (i, claim) in claims.enumerated() where mostlyRepeated[i] { boilerplate.insert(claim.id) }
        self.boilerplate = boilerplate
        var ids: [String: Int] = [:]
        ids.reserveCapacity(claims.count)
        var unique = true
        for claim in claims where ids.updateValue(claim.document, forKey: claim.id) != nil { unique = false }
        articleOf = unique ? ids : nil
    }

    /// The distinct articles of each shingle in a list of (shingle, article), sorted in place, passed to `body`
    /// with the shingle.
    private static func runs(_ entries: inout [(Int, Int)], _ body: (_ articles: Run) -> Void) {
        sort(&entries)
        var k = 0
        // One buffer for every run's articles: `body` keeps none of it, so it is emptied, not made anew.
        var articles: [Int] = []
        while k < entries.count {
            let hash = entries[k].0
            articles.removeAll(keepingCapacity: true)
            while k < entries.count && entries[k].0 == hash {
                if articles.last != entries[k].1 { articles.append(entries[k].1) }
                k += 1
            }
            var run = Run(hash: hash, articles: [])
            swap(&run.articles, &articles)
            body(run)
            swap(&run.articles, &articles)
        }
    }

    /// Each article's shingles: the union of its claims' passages of more than one shingle, each article's taken
    /// in claim order as one pass over the claims would, the articles in parallel chunks.
    static func articleShingles(_ claims: [Claim], passages: [[Int]], count: Int) -> [Set<Int>] {
        var members = [[Int]](repeating: [], count: count)
        for (i, claim) in claims.enumerated() where claim.document < count && passages[i].count > 1 {
            members[claim.document].append(i)
        }
        let byArticle = members
        return byArticle.inOrderedChunks(perChunk: 64) { part in
            part.map { claimsOfArticle in
                var set = Set<Int>()
                for i in claimsOfArticle { set.formUnion(passages[i]) }
                return set
            }
        }.flatMap { $0 }
    }

    /// Each claim's passages: its shingles, or for a short claim its whole run of words as one; in parallel
    /// chunks of claims, kept in order.
    static func passages(_ claims: [Claim]) -> [[Int]] {
        claims.inOrderedChunks { part in
            part.map { claim in
                if !claim.shingles.isEmpty { return claim.shingles }
                let words = RepeatedText.words(claim.text)
                if words.count >= 8 { return Claim.shingles(of: claim.text) }
                return words.count >= RepeatedText.boilerplateWords ? [words.hashValue] : []
            }
        }.flatMap { $0 }
    }

    /// The passages (by hash) whose sampled articles are mostly about unrelated stories (`mostlyUnrelated`),
    /// tested in parallel chunks: each test reads only the story vectors.
    static func unrelated(
        _ sampled: [(hash: Int, articles: [Int])], likeness: @Sendable (Int, Int) -> Double
    ) -> Set<Int> {
        Set(
            sampled.inOrderedChunks { $0.filter { mostlyUnrelated($0.articles, likeness: likeness) }.map(\.hash) }
                .joined())
    }

    /// Sorts (shingle, article) entries by shingle, then article: a long list (`radixSort` entries or more) by
    /// its digits (`RepeatedText.radixSorted`), which took an eighth of the instructions of the comparison sort it
    /// replaced, on one thread before the pairs are compared. Entries that compare equal are equal, so there is
    /// one sorted order, whichever way it is reached.
    static func sort(_ entries: inout [(Int, Int)]) {
        guard entries.count >= radixSort else {
            entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            return
        }
        radixSorted(&entries)
    }

    /// The fewest entries that `sort` sorts by their digits.
    static let radixSort = 1 << 12

    /// One shingle and the distinct articles that carry it, in order.
    private struct Run: RandomAccessCollection {
        let hash: Int
        var articles: [Int]
        var startIndex: Int { articles.startIndex }
        var endIndex: Int { articles.endIndex }
        subscript(_ k: Int) -> Int { articles[k] }
    }

    /// Whether most pairs of some articles (by index, in increasing order) are about unrelated stories: their
    /// likeness under `oneStory`.
    static func mostlyUnrelated(_ articles: [Int], likeness: (Int, Int) -> Double) -> Bool {
        var pairs = 0
        var unrelated = 0
        for (i, x) in articles.enumerated() {
            for y in articles[(i + 1)...] {
                pairs += 1
                if likeness(x, y) < RepeatedText.oneStory { unrelated += 1 }
            }
        }
        return 2 * unrelated > pairs
    }

    /// The words of a text, folded, as the shingles read them.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Whether two articles (by index) are one article published twice.
    func sameArticle(_ a: Int, _ b: Int) -> Bool { copies.contains(min(a, b) * count + max(a, b)) }

    /// Whether a claim (by id) is boilerplate.
    func isBoilerplate(_ claim: String) -> Bool { boilerplate.contains(claim) }

    /// Whether a proposal is an agreement that rests on repeated text: between two copies of one article, or
    /// with a boilerplate claim on either side.
    func repeats(_ proposal: Proposal) -> Bool {
        guard proposal.family == .agreement, proposal.relation.claims.count == 2, let articleOf,
            let a = articleOf[proposal.relation.claims[0]], let b = articleOf[proposal.relation.claims[1]]
        else { return false }
        return sameArticle(a, b) || proposal.relation.claims.contains(where: isBoilerplate)
    }
}
