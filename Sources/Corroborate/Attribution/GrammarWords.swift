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
    /// Lower-case particles that open a surname joined by a hyphen or an apostrophe (`al-Karbouli`, `d'Estaing`).
    static let nameParticles: Set<String> = [
        "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul", "d", "l",
    ]
    /// Abbreviated courtesy titles and ranks, which a full stop does not end a name after (`Mr. Aldane`, `Sen. Ferris`).
    static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt",
        "adm", "maj", "rev", "cmdr",
    ]
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no",
        "any", "every", "each",
    ]
    /// Words that open a noun phrase naming a speaker after an inverted cue (`said another Twitter user`,
    /// `said former Gov. Jim Hodges`), besides the numbers of `quantities` (`said one New Hampshire Democrat`).
    static let quantifiers: Set<String> = [
        "another", "former", "several", "many", "some", "most", "both", "all", "other",
    ]
    /// Quantifiers and numbers that take a plural noun (`several reports`, `two statements`): before a word in `-s` they
    /// make it a plural noun, since a plural subject takes the verb's bare form (`several report`).
    static let pluralQuantifiers: Set<String> = [
        "several", "many", "some", "most", "both", "all", "few", "numerous", "multiple", "various", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
    ]
    /// Words of number and proportion that can be the subject of a statement (`about half of voters say`,
    /// `three-quarters support`), as polls report them.
    static let quantities: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds",
        "thousands", "millions", "half", "third", "thirds", "quarter", "quarters", "two-thirds", "three-quarters",
        "majority", "minority", "plurality", "percent",
    ]
    /// Words that round or bound a number of people (`nearly half`, `more than 4 in 10`, `only about a third`).
    static let shareWords: Set<String> = [
        "nearly", "almost", "about", "around", "roughly", "approximately", "some", "only", "just", "more", "less",
        "fewer", "than", "least", "most", "over", "under", "up", "out", "barely", "fully", "another",
    ]
    /// Words of commitment and proclamation (`promised a battle`, `declared a caliphate`, `pledged support`): with
    /// a noun phrase alone after them they report an act, not a statement; with a clause (`vowed that the port
    /// would reopen`), an infinitive or a quotation they report what was said.
    static let commitmentCues: Set<String> = [
        "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged", "pledging", "vow", "vows",
        "vowed", "vowing", "declare", "declares", "declared", "declaring", "guarantee", "guarantees", "guaranteed",
        "guaranteeing", "threaten", "threatens", "threatened", "threatening", "proclaim", "proclaims", "proclaimed",
        "proclaiming",
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
    /// Adverbs that can stand between a subject and its verb or open a sentence (`the council initially
    /// believed`, `sometimes people refuse`), besides those ending in `-ly`.
    static let spanAdverbs: Set<String> = [
        "even", "sometimes", "often", "usually", "also", "still", "never", "always", "reportedly", "allegedly",
        "initially", "basically", "apparently",
    ]
    /// Words ending in `-ly` that are adjectives before a noun (`weekly magazine`, `elderly residents`).
    static let lyAdjectives: Set<String> = [
        "daily", "weekly", "monthly", "quarterly", "yearly", "early", "elderly", "friendly", "likely", "deadly",
        "lonely", "costly", "holy", "orderly", "burly", "unlikely", "italy",
    ]
    /// Words of a time of day or a span: `late Wednesday afternoon`, `earlier this week`.
    static let timeWords: Set<String> = [
        "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "early", "late", "earlier",
        "last", "this", "next", "day", "days", "hours",
    ]
    /// Irregular past forms that end a subject's verb (`a witness spoke`), not bare forms.
    static let irregularPasts: Set<String> = [
        "spoke", "gave", "made", "put", "read", "held", "cast", "took", "came", "went", "led", "left", "kept", "let",
        "meant", "set", "sent", "stood", "understood", "forecast", "broke", "drew", "chose", "swore", "rang", "wrote",
    ]
    /// Lowercase nouns for people or bodies that the endings of `isSpeakerNoun` do not catch.
    static let speakerNouns: Set<String> = [
        "friends", "friend", "relatives", "relative", "media", "outlets", "outlet", "sites", "site", "authorities",
        "forces", "troops", "fighters", "militants", "office", "camp", "secretary", "expert", "analyst", "chief",
        "head", "staff", "crew", "aide", "coalition", "alliance", "foundation", "institute", "center", "centre",
        "school", "university", "hospital", "firm", "bank", "association", "federation", "service", "services",
        "bureau", "commission", "authority", "station", "channel", "tv", "radio", "blog", "app", "nominee",
        "counsel", "attorney", "police", "agencies", "family", "families", "parents", "kids", "students", "team",
        "public", "community", "clergy", "doctors", "nurses", "victims", "survivors", "hostages", "families",
        "spokesperson", "representative", "representatives", "delegation", "envoy", "mission", "embassy",
        "allies", "ally", "intelligence", "faction", "man", "men", "woman", "women", "agent", "agents", "lawyer",
        "leader", "officer", "reporter", "manager", "writer", "mother", "father", "brother", "sister", "daughter",
        "player", "owner", "teacher", "governor", "doctor", "director", "mayor", "author", "actor", "senator",
        "professor", "editor", "prosecutor", "investigator", "researcher", "farmer", "worker", "soldier", "member",
        "speaker", "producer", "founder", "commander", "minister", "partner", "employer", "employee", "insider",
        "supporter", "voter", "critic", "opponent", "fighter", "singer", "banker", "trader", "broker", "driver",
        "passenger", "photographer", "publisher", "anchor", "host", "commissioner", "inspector", "coroner",
        "ambassador", "adviser", "advisor", "counselor", "chancellor", "premier", "ruler", "councillor", "councilor",
        "organizer", "protester", "demonstrator", "observer", "monitor", "negotiator", "mediator", "donor",
        "survivor", "witness", "neighbour", "neighbor", "stranger", "customer", "user", "viewer", "reader",
        "follower", "blogger", "commentator", "columnist", "filmmaker", "screenwriter", "historian", "lecturer",
        "interviewer", "pollster", "strategist", "economist", "scientist", "biographer", "lover", "captor", "gunman",
        "kidnapper", "attacker", "killer", "hunter", "defender", "challenger", "rival", "candidate", "nominee",
        "diplomats", "diplomat", "locals", "neighbours", "neighbors",
        "eyewitnesses", "eyewitness", "guy", "kid", "teen", "pilot", "surgeon", "sheriff", "detective", "marine",
        "priest", "imam", "cleric", "rabbi", "principal", "coach", "chef", "poet", "band", "jury", "panel",
        "regime", "prosecution", "defense", "defence", "militia", "mob", "crowd", "state", "country", "city",
        "county", "town", "village", "nation", "tribe", "electorate", "household", "households", "clinic", "lab",
        "hostage", "victim", "suspect", "couple", "pair", "trio", "wife", "husband",
        "son", "sons", "cousin", "aunt", "uncle", "child", "children", "boy", "girl", "star", "king", "queen",
        "pope", "nurse", "guard", "guards", "mom", "dad", "widow", "colleague", "colleagues", "partner",
        "partners", "chairwoman", "group", "administration", "archive", "records", "court", "index", "boss",
        "bosses", "chiefs", "heads", "bodies",
    ]
    /// The built-in sources file's one-word kind words, body nouns and titles (`coastguard`, `ministry`,
    /// `spokeswoman`): nouns for someone who can speak.
    static let registryNouns: Set<String> = {
        let registry = Knowledge.builtIn.sources
        let words = registry.kindWords.values.joined() + registry.bodyNouns + registry.titles
        return Set(words.map(\.folded).filter { !$0.contains(" ") })
    }()
    /// Words after a participle that make it a clause (`Snapshots shared on`, `indictments filed against`),
    /// unlike an adjective before its noun (`an unnamed official`).
    static let participleFollowers: Set<String> = [
        "on", "in", "by", "against", "to", "at", "from", "with", "for", "of", "into", "onto", "over", "under",
    ]
    /// What speaks for its authors (`the memo`, `the ad`, `the ruling`), besides the speaking nouns.
    static let documentSpeakers: Set<String> = [
        "document", "documents", "email", "emails", "release", "indictment", "ruling", "bill", "ad", "ads", "video",
        "videos", "tweet", "tweets", "post", "posts", "article", "book", "show", "program", "programme", "records",
        "filing", "memo", "letter", "message", "messages", "update", "page", "account", "transcript", "footage",
        "speech", "remarks", "comments", "interview", "research", "evidence", "investigation", "inquiry", "review",
        "audit", "autopsy", "assessment", "findings", "estimates", "forecast", "projections", "numbers", "results",
        "polling", "website", "blog", "editorial", "column", "op-ed", "petition", "resolution", "platform",
        "manifesto", "agreement", "law", "order", "decree", "policy", "plan", "proposal", "budget",
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
