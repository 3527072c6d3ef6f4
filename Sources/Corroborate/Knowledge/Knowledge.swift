import Foundation

/// Everything the pipeline knows about language and the world (cue verbs, sources, text rules, event words),
/// loaded from the data files in the package's resources, plus any files the user adds on the command line.
public struct Knowledge: Sendable {
    public var cues: CueLexicon
    public var sources: SourceRegistry
    public var textRules: TextRules
    public var events: EventLexicon
    /// Word classes for comparing claims (`Resources/comparison.json`).
    public var comparison: ComparisonWords
    /// The trained attribution tagger (`Resources/tagger.bin`), or nil to use the rules and lexicon alone.
    public var tagger: AttributionTagger?

    /// The built-in knowledge, loaded once per process.
    public static let builtIn: Knowledge = {
        do {
            return Knowledge(
                cues: try loadResource("cues"), sources: try loadResource("sources"),
                textRules: try loadResource("text"), events: try loadResource("events"),
                comparison: try loadResource("comparison"), tagger: AttributionTagger.builtIn)
        } catch {
            fatalError("the package's own data files are broken: \(error)")
        }
    }()

    public init(
        cues: CueLexicon, sources: SourceRegistry, textRules: TextRules, events: EventLexicon,
        comparison: ComparisonWords, tagger: AttributionTagger? = nil
    ) {
        self.tagger = tagger
        self.comparison = comparison
        self.cues = cues
        self.sources = sources
        self.textRules = textRules
        self.events = events
    }

    /// The built-in knowledge extended with the user's own files (each in the built-in file's format), with the
    /// tagger replaced by `model` (a file from `corroborate train-tagger`) or left out when `useModel` is false;
    /// `broad` follows PolNeAR's definition of attribution (see `AttributionTagger.broad`).
    public static func with(
        cues: String? = nil, sources: String? = nil, events: String? = nil, comparison: String? = nil,
        model: String? = nil,
        useModel: Bool = true, broad: Bool = false
    ) throws(KnowledgeError) -> Knowledge {
        var knowledge = builtIn
        if let model { knowledge.tagger = try AttributionTagger.load(model) }
        if !useModel { knowledge.tagger = nil }
        if broad && useModel && knowledge.tagger == nil {
            throw .unreadable(path: "Resources/tagger.bin", reason: "missing from the package, and --broad needs it")
        }
        knowledge.tagger?.broad = broad
        if let cues { knowledge.cues.merge(try KnowledgeFile.load(cues, as: CueLexicon.self)) }
        if let sources { knowledge.sources.merge(try KnowledgeFile.load(sources, as: SourceRegistry.self)) }
        if let events { knowledge.events.merge(try KnowledgeFile.load(events, as: EventLexicon.self)) }
        if let comparison {
            knowledge.comparison.merge(try KnowledgeFile.load(comparison, as: ComparisonWords.self))
        }
        return knowledge
    }

    /// The text of a resource file, such as the XML schema.
    public static func resourceText(_ name: String, extension ext: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
        else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    private static func loadResource<T: Decodable>(_ name: String) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources") else {
            throw KnowledgeError.unreadable(path: "Resources/\(name).json", reason: "missing from the package")
        }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// A data file given with `--cues`, `--sources` or `--events` that cannot be used.
public enum KnowledgeError: Error, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case invalid(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .invalid(let path, let reason): return "\(path): \(reason)"
        }
    }
}

/// Rules for ingest and segmentation, from `Resources/text.json`.
public struct TextRules: Codable, Sendable {
    public var abbreviations: Set<String>
    public var sentenceStarters: Set<String>
    public var furniture: Furniture
    public var agencies: [String]
    /// Class and id words for HTML article extraction.
    var extraction: ExtractionWords

    public struct Furniture: Codable, Sendable {
        public var footer: [String]
        public var caption: [String]
        public var credit: [String]
    }
}
