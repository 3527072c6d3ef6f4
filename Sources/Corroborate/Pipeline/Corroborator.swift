import Dispatch

/// Runs the pipeline: ingest, segmentation, attribution and source resolution per article (in parallel across
/// cores), then claims, events and relations across articles. Bad inputs are reported and skipped.
public struct Corroborator: Sendable {
    public let knowledge: Knowledge
    let ingester: Ingester
    let segmenter: Segmenter
    let extractor: AttributionExtractor
    let resolver: SourceResolver
    let claimBuilder: ClaimBuilder

    /// Decides which of the comparison rules' proposals are flagged.
    public var relationModel: RelationModel = .builtIn

    public init(knowledge: Knowledge = .builtIn) {
        self.knowledge = knowledge
        self.ingester = Ingester(knowledge: knowledge)
        self.segmenter = Segmenter(rules: knowledge.textRules)
        self.extractor = AttributionExtractor(lexicon: knowledge.cues, model: knowledge.tagger)
        self.resolver = SourceResolver(
            registry: knowledge.sources, cues: knowledge.cues, comparison: knowledge.comparison)
        self.claimBuilder = ClaimBuilder(knowledge: knowledge)
    }

    /// The per-article stages on a document already read: segmentation, attribution, sources and (unless
    /// `claims` is false, as extraction alone needs none) claims. What only these stages read (tokens and
    /// quotations) is released afterwards unless `keepTokens` is set.
    public func analyze(_ document: Document, keepTokens: Bool = false, claims: Bool = true) -> ArticleAnalysis {
        let text = segmenter.analyze(document)
        var attributions = extractor.extract(document, analysis: text)
        resolver.resolve(&attributions, in: document, analysis: text)
        var article = ArticleAnalysis(
            document: document, text: text, attributions: attributions, outlet: resolver.outletSource(for: document))
        if claims { article.claims = claimBuilder.claims(for: article, documentIndex: 0) }
        if !keepTokens { article.releaseWorkingStructures() }
        return article
    }

    /// Reads and analyses every input, in parallel, keeping input order. Each input yields an analysis or an
    /// error; `progress` is called after each input with the number done.
    public func analyzeInputs(
        _ inputs: [Ingester.Input], claims: Bool = true, progress: (@Sendable (Int) -> Void)? = nil
    ) -> [Result<ArticleAnalysis, IngestError>] {
        let results = ResultBox<Result<ArticleAnalysis, IngestError>>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            let result: Result<ArticleAnalysis, IngestError>
            do throws(IngestError) {
                let document = try ingester.read(inputs[i])
                result = .success(analyze(document, claims: claims))
            } catch {
                result = .failure(error)
            }
            let done = results.set(i, result)
            progress?(done)
        }
        return results.values()
    }
}

/// A fixed-size array filled from several threads, each slot once.
public final class ResultBox<T>: @unchecked Sendable {
    private var storage: [T?]
    private var done = 0
    private let lock = Lock()

    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// Stores a value and returns how many slots are filled.
    public func set(_ index: Int, _ value: T) -> Int {
        lock.withLock {
            storage[index] = value
            done += 1
            return done
        }
    }

    public func values() -> [T] { lock.withLock { storage.map { $0! } } }

    /// The values, moved out: the box keeps none of them, so that a caller that lets each go frees it.
    func takeValues() -> [T] {
        lock.withLock {
            let values = storage.map { $0! }
            storage = []
            return values
        }
    }
}

extension Corroborator {
    /// Claims, events, relations and the sourcing review across analysed articles. The articles are taken, not
    /// borrowed: a caller that hands them over keeps no second reference to each claim, so numbering the claims
    /// changes them in place instead of copying every one. `partial` articles (by index) hold only some of their
    /// claims (a story store's, in an `add`), with the positions among them of their article's first and last.
    func compare(
        _ input: consuming [ArticleAnalysis], problems: [IngestError] = [], partial: [Int: Set<Int>]
    ) -> Analysis {
        var articles = consume input
        var claims: [Claim] = []
        // Each article's claims are taken out of it before they are numbered, so that each is changed in place
        // rather than copied while the article still holds it.
        for i in articles.indices {
            var own = articles[i].claims
            articles[i].claims = []
            for k in own.indices {
                own[k].document = i
                own[k].id = "c\(claims.count + k + 1)"
            }
            claims.append(contentsOf: own)
        }
        SourceSpellings.unify(&claims)
        NamedPeople.unifyNames(&claims)
        unifyKinds(&claims)
        let documents = articles.map(\.document)
        var comparer = Comparer(knowledge: knowledge, model: relationModel)
        comparer.partialDocuments = partial
        let output = comparer.compare(consume claims, documents: documents)
        var analysis = Analysis(
            articles: articles, claims: output.claims, events: output.events, relations: output.relations,
            sourcing: [], problems: problems,
            warnings: articles.flatMap { article in article.document.warnings.map { (article.document.path, $0) } })
        analysis.claimIndex = Dictionary(uniqueKeysWithValues: output.claims.enumerated().map { ($1.id, $0) })
        analysis.sourcing = sourcingReviews(analysis)
        return analysis
    }

    /// Claims, events, relations and the sourcing review across whole articles (`compare(_:problems:partial:)`).
    public func compare(_ input: consuming [ArticleAnalysis], problems: [IngestError] = []) -> Analysis {
        compare(consume input, problems: problems, partial: [:])
    }

    /// One source, one kind: a name resolved as `other` in one mention (`NTV said`) and with a kind in another
    /// (`NTV television`) takes the kind, in every article.
    func unifyKinds(_ claims: inout [Claim]) {
        var kinds: [String: SourceKind] = [:]
        for claim in claims where claim.source.kind != .other && claim.source.kind != .outlet {
            if let known = kinds[claim.source.name], known <= claim.source.kind { continue }
            kinds[claim.source.name] = claim.source.kind
        }
        for i in claims.indices where claims[i].source.kind == .other {
            if let kind = kinds[claims[i].source.name] { claims[i].source.kind = kind }
        }
    }

    /// The sourcing review of every article, with claims grouped by article once (not searched per article). The
    /// articles are reviewed in parallel chunks, kept in article order (this ran on one thread after the comparison).
    public func sourcingReviews(_ analysis: Analysis) -> [SourcingReview] {
        var grouped = [[Claim]](repeating: [], count: analysis.articles.count)
        for claim in analysis.claims { grouped[claim.document].append(claim) }
        let byArticle = grouped
        let eventIndex = Dictionary(uniqueKeysWithValues: analysis.events.map { ($0.id, $0) })
        return analysis.articles.indices.inOrderedChunks(perChunk: 64) { articles in
            articles.map { sourcingReview(article: $0, claims: byArticle[$0], events: eventIndex, analysis: analysis) }
        }.flatMap { $0 }
    }

    /// Reads, analyses and compares: the whole pipeline.
    public func run(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Analysis {
        run(Ingester.inputs(for: paths, followSymlinks: false), progress: progress)
    }

    /// The whole pipeline on inputs already listed. An input whose text and metadata are the same as an earlier
    /// one's (the same file under another name, a byte-identical copy) is analysed once, and said so among the
    /// warnings; a reprint under another outlet's masthead is a different article (a copy group).
    public func run(_ list: InputList, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Analysis {
        compare(analyzeArticles(list, progress: progress))
    }

    /// The articles of a run after the per-article stages, before comparison: what `run` does first, apart so
    /// that `bench` can measure each part of a real run.
    public struct AnalyzedInputs: Sendable {
        public var articles: [ArticleAnalysis]
        public var problems: [IngestError]
        public var notes: [(path: String, message: String)]
    }

    /// Reads and analyses every input (in parallel, in input order), leaving out repeats of an earlier article.
    public func analyzeArticles(_ list: InputList, progress: (@Sendable (Int, Int) -> Void)? = nil) -> AnalyzedInputs {
        let total = list.inputs.count
        var perInput: (@Sendable (Int) -> Void)?
        if let progress {
            perInput = { @Sendable done in progress(done, total) }
        }
        let results = analyzeInputs(list.inputs, progress: perInput)
        // Each text's hash, worked out on every core: hashing every whole text in the loop below was most of the
        // serial work between the per-article stages and comparison.
        let hashes = ResultBox<Int>(count: results.count)
        DispatchQueue.concurrentPerform(iterations: results.count) { i in
            let hash = if case .success(let article) = results[i] { article.document.text.hashValue } else { 0 }
            _ = hashes.set(i, hash)
        }
        let textHashes = hashes.values()
        var analyzed = AnalyzedInputs(articles: [], problems: list.problems, notes: list.notes)
        analyzed.articles.reserveCapacity(results.count)
        var firstWithText: [DuplicateKey: String] = [:]
        firstWithText.reserveCapacity(results.count)
        for (result, textHash) in zip(results, textHashes) {
            switch result {
            case .success(let article):
                let document = article.document
                let key = DuplicateKey(text: document.text, metadata: document.metadata, textHash: textHash)
                if let first = firstWithText[key] {
                    analyzed.notes.append((document.path, "the same text as \(first); analysed once"))
                    continue
                }
                firstWithText[key] = document.path
                analyzed.articles.append(article)
            case .failure(let error): analyzed.problems.append(error)
            }
        }
        return analyzed
    }

    /// Claims, events, relations and the sourcing review of articles analysed by `analyzeArticles`.
    public func compare(_ analyzed: consuming AnalyzedInputs) -> Analysis {
        let articles = analyzed.articles
        analyzed.articles = []
        var analysis = compare(consume articles, problems: analyzed.problems)
        analysis.warnings = analyzed.notes + analysis.warnings
        return analysis
    }

    /// What makes two inputs the same article: their text and what their headers say. Hashed on the text's hash
    /// worked out beforehand (`text.hashValue`), so that building the table hashes no text again.
    private struct DuplicateKey: Hashable {
        var text: String
        var metadata: DocumentMetadata
        var textHash: Int

        static func == (lhs: DuplicateKey, rhs: DuplicateKey) -> Bool {
            lhs.text == rhs.text && lhs.metadata == rhs.metadata
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(textHash)
            hasher.combine(metadata)
        }
    }

    func sourcingReview(article index: Int, claims: [Claim], events eventIndex: [String: Event], analysis: Analysis)
        -> SourcingReview
    {
        let article = analysis.articles[index]
        let attributed = claims.filter { $0.attribution != nil }
        var byKind: [String: Int] = [:]
        var bySource: [String: (SourceKind, Int)] = [:]
        for claim in attributed {
            for individual in claim.source.individuals {
                byKind[individual.kind.rawValue, default: 0] += 1
                bySource[individual.name, default: (individual.kind, 0)].1 += 1
            }
            if let via = claim.via, via.kind == .anonymous { byKind["anonymous", default: 0] += 1 }
        }
        let single = claims.filter { claim in
            guard !claim.events.isEmpty else { return false }
            return claim.events.allSatisfy { eventIndex[$0]?.singleSourced ?? true }
        }
        let anonymous = attributed.filter { $0.source.kind == .anonymous || $0.via?.kind == .anonymous }.count
        return SourcingReview(
            document: article.document.path, title: article.document.metadata.title, outlet: article.outlet.name,
            statements: claims.count, attributed: attributed.count, unattributed: claims.count - attributed.count,
            directQuotes: attributed.filter(\.isDirectQuote).count, byKind: byKind,
            sources: bySource.map { .init(name: $0.key, kind: $0.value.0, statements: $0.value.1) }
                .sorted { $0.statements != $1.statements ? $0.statements > $1.statements : $0.name < $1.name },
            anonymous: anonymous, singleSourced: single.map(\.id))
    }
}
