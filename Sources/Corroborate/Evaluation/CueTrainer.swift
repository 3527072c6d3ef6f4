import Foundation

/// Learns cue words from annotated attributions (PolNeAR train): every word or phrase annotated as a cue often
/// enough, and a cue often enough where it occurs, becomes an entry of a cue lexicon in the format of `cues.json`,
/// for `--cues`.
public struct CueTrainer: Sendable {
    /// Least number of annotated occurrences.
    public var minimumCount = 3
    /// Least share of a form's occurrences in the text that are annotated as cues.
    public var minimumRate = 0.5

    public init() {}

    /// Words that are never cues by themselves, whatever the annotators marked.
    private static let excluded: Set<String> = [
        "in", "for", "of", "to", "about", "on", "at", "by", "with", "from", "as", "that", "the", "a", "an", "and", "or",
        "is", "was", "be", "been", "are", "were", "his", "her", "their", "it", "this", "he", "she", "they", "who",
        "which",
        "has", "have", "had", "not", "no", "also", "would", "will", "can", "could", "did", "do", "does", "s", "t",
    ]

    /// Learns from `FOLDER/text` and `FOLDER/attributions`; `known` forms (the hand-made lexicon) are skipped.
    public func train(folder: String, known: CueLexicon) throws(IngestError) -> [(
        form: String, count: Int, rate: Double
    )] {
        let corpus = try AnnotatedCorpus(folder: folder)
        var cueCounts: [String: Int] = [:]
        var texts: [String] = []
        for d in corpus.documents.indices {
            guard let text = try? String(contentsOfFile: corpus.documents[d].text, encoding: .utf8) else { continue }
            texts.append(text.folded)
            let scalars = Array(text.unicodeScalars)
            for attribution in corpus.gold(d) where attribution.cue.count == 1 {
                let span = attribution.cue[0]
                guard span.end <= scalars.count else { continue }
                let form = CueTrainer.words(String(String.UnicodeScalarView(scalars[span.start..<span.end])).folded)
                guard !form.isEmpty, form.count <= 3, !(form.count == 1 && CueTrainer.excluded.contains(form[0])) else {
                    continue
                }
                cueCounts[form.joined(separator: " "), default: 0] += 1
            }
        }
        var knownForms = Set<String>()
        for verb in known.verbs { for form in verb.forms { knownForms.insert(form.folded) } }
        knownForms.formUnion(known.prepositional.map(\.folded))
        var occurrences: [String: Int] = [:]
        let candidates = cueCounts.filter { $0.value >= minimumCount && !knownForms.contains($0.key) }
        let byFirst = Dictionary(
            grouping: candidates.keys.map { $0.split(separator: " ").map(String.init) }, by: { $0[0] })
        for text in texts {
            let words = CueTrainer.words(text)
            for i in words.indices {
                for form in byFirst[words[i]] ?? []
                where i + form.count <= words.count && Array(words[i..<(i + form.count)]) == form {
                    occurrences[form.joined(separator: " "), default: 0] += 1
                }
            }
        }
        return candidates.compactMap { form, count in
            let rate = Double(count) / Double(max(count, occurrences[form] ?? count))
            return rate >= minimumRate ? (form, count, rate) : nil
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.form < $1.form }
    }

    /// The learned forms as a cue lexicon file (the format of `cues.json`).
    public static func lexiconJSON(_ learned: [(form: String, count: Int, rate: Double)], source: String) -> String {
        var verbs: [[String: Any]] = []
        for (form, count, rate) in learned {
            verbs.append([
                "lemma": form, "frame": "cognition", "forms": [form],
                "evidence": "\(count) annotated cues, \(Int((rate * 100).rounded()))% of occurrences",
            ])
        }
        let object: [String: Any] = [
            "description":
                "Cue forms learned from \(source) by `corroborate train-cues`: each was annotated as a cue at least 3 times and in at least 50% of its occurrences, and is not in the built-in cues.json. Use it with --cues FILE.",
            "verbs": verbs,
        ]
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" }).map(String.init)
    }
}
