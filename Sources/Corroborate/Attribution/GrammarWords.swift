/// Closed word classes the extraction rules read sentences with (not cue knowledge, which is in cues.json).
extension AttributionExtractor {
    static let clauseWords: Set<String> = [
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "but", "if", "as", "than",
        "so", "although", "though", "until", "since", "after", "before", "whether", "unless", "once", "yet",
        "whereas", "why", "how", "what", "nor",
    ]
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "do", "does", "did", "not", "to", "'s", "n't", "never", "also",
    ]
    static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "who", "which"]
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no",
        "any", "every", "each",
    ]
    /// Words that open a noun phrase naming a speaker after an inverted cue (`said another Twitter user`,
    /// `said former Gov. Jim Hodges`), besides the numbers of `quantities` (`said one New Hampshire Democrat`).
    static let quantifiers: Set<String> = [
        "another", "former", "several", "many", "some", "most", "both", "all", "other",
    ]
    /// Words of number and proportion that can be the subject of a statement (`about half of voters say`,
    /// `three-quarters support`), as polls report them.
    static let quantities: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds",
        "thousands", "millions", "half", "third", "thirds", "quarter", "quarters", "two-thirds", "three-quarters",
        "majority", "minority", "plurality", "percent",
    ]
    /// Function words, which never head a cue the model finds (one set, as it is asked of every word).
    static let closedClass: Set<String> = auxiliaries.union(prepositions).union(determiners).union(pronouns)
        .union(clauseWords).union(["and", "or", "of", "as", "not", "am"])
    static let prepositions: Set<String> = [
        "in", "at", "on", "during", "after", "before", "from", "via", "through", "with", "by", "to", "earlier",
        "late", "last", "this", "when", "while", "over", "outside", "inside", "near", "for", "about", "upon",
    ]
    static let tellVerbs: Set<String> = ["tell", "assure", "warn", "remind", "inform", "notify", "brief", "advise"]
    /// Cue words that are as often nouns (`attacks`, `support`, `remarks`): their base and `-s` forms count only
    /// after a plausible subject.
    static let nounLike: Set<String> = [
        "attack", "support", "report", "remark", "comment", "call", "challenge", "claim", "charge", "estimate",
        "note", "promise", "pledge", "vow", "warning", "fear", "hope", "demand", "question", "answer", "reply",
        "criticism", "praise", "blame", "doubt", "concern", "order", "request", "view", "show", "back", "favor",
        "favour", "dispute", "post", "tweet", "statement", "quote", "credit", "label", "brand", "signal", "hint",
        "forecast", "plan", "guess", "wonder",
    ]
    /// Lowercase words that head a speaking subject (`the campaign says`, `a poll shows`).
    static let speakingNouns: Set<String> = [
        "group", "groups", "campaign", "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
        "analysis", "data", "figures", "ministry", "government", "party", "committee", "agency", "statement", "memo",
        "letter", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser",
        "advisers", "source", "sources", "candidate", "president", "senator", "governor", "company", "network",
        "newspaper", "paper", "magazine", "website", "organization", "administration", "court", "judge", "lawyer",
        "lawyers", "lawsuit", "complaint", "filing", "people", "voters", "critics", "supporters", "opponents",
        "republicans", "democrats", "analysts", "experts", "leaders", "members", "activists", "army", "military",
        "police", "prosecutors", "investigators", "researchers", "economists", "residents", "witnesses", "family",
        "rebels", "observatory", "monitor", "team", "spokesmen", "staff", "union", "board", "council", "department",
    ]
    /// Nouns for a message, after which a participle cue reports its sender's words (`a statement saying`).
    static let messageNouns: Set<String> = [
        "statement", "tweet", "tweets", "email", "e-mail", "emails", "letter", "message", "messages", "post", "note",
        "video", "ad", "release", "memo", "op-ed", "column", "speech", "filing", "lawsuit", "motion", "petition",
        "resolution", "editorial", "essay", "interview", "remarks", "comments", "text",
    ]
    /// Words after a comma that open the writer's own clause: `said X, while Y ...`.
    static let contrastWords: Set<String> = ["while", "whereas", "although", "though", "but"]
    /// Nouns ending in `-ly`, which can head a source.
    static let lyNouns: Set<String> = [
        "family", "assembly", "monopoly", "anomaly", "supply", "rally", "ally", "butterfly", "homily", "melancholy",
    ]
    /// Adverbs that open a sentence without being its subject (`Instead`, `Now`, `Once`).
    static let sentenceAdverbs: Set<String> = [
        "instead", "now", "once", "however", "indeed", "meanwhile", "still", "also", "then", "here", "there",
        "perhaps", "maybe", "let", "let's", "well", "so", "thus", "even", "just", "only", "already", "finally",
        "again", "today", "yesterday", "tonight", "recently", "similarly", "likewise", "ultimately", "nonetheless",
    ]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "be", "is", "are", "get", "got"]
    static let modals: Set<String> = ["will", "would", "could", "can", "may", "might", "should", "must", "shall"]
    static let progressiveAuxiliaries: Set<String> = ["is", "are", "was", "were", "been", "be", "am", "'s", "'re"]
    /// Past forms that end a noun phrase walking left: `X said Y told`.
    static let pastCueForms: Set<String> = [
        "said", "told", "wrote", "thought", "knew", "felt", "found", "saw", "heard",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight",
    ]
}
