extension SourceResolver {
    /// The word classes the resolver reads from the run's cue lexicon and comparison words (the built-in files
    /// merged with any `--cues` or `--comparison` file), made once per run: a verb or a message noun a user adds
    /// is read by source resolution as it is by attribution.
    struct CueWords: Sendable {
        /// Every form of the cue lexicon's verbs (`say`, `believes`, `warned`).
        let cueForms: Set<String>
        /// Every form of the words of the cue lexicon's classes but its states (`warned`, `refused`, `accused`).
        let cueClassForms: Set<String>
        /// The cue lexicon's states (`convinced`, `pleased`): a participle of one after `is` is the subject's
        /// own view.
        let stateWords: Set<String>
        /// The cue lexicon's message nouns (`claim`, `statement`, `doubt`).
        let messageNouns: Set<String>
        /// The words the cue lexicon skips between a source and its cue (`also`, `too`, `himself`).
        let skipWords: Set<String>
        /// The cue lexicon's nouns that carry a quotation (`nested.quote`).
        let quoteNouns: Set<String>
        /// The irregular forms of verbs other than their base (`sank`, `fled`, `left`; `irregularForms` of the
        /// comparison words): a finite verb that opens a clause with no `that`.
        let pastForms: Set<String>

        init(cues: CueLexicon, comparison: ComparisonWords) {
            cueForms = Set(cues.verbs.flatMap { $0.forms.map(\.folded) })
            cueClassForms = Set(
                cues.classes.filter { $0.key != "state" }.values.joined().flatMap(SourceResolver.forms(of:)))
            stateWords = Set((cues.classes["state"] ?? []).map(\.folded))
            messageNouns = Set((cues.classes["message"] ?? []).map(\.folded))
            skipWords = Set(cues.skipBetweenSourceAndCue.map(\.folded))
            quoteNouns = Set(cues.nested.quote.map(\.folded))
            pastForms = comparison.verbForms
        }
    }
}
