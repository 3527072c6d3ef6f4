/// Word classes the comparison uses, from `Resources/comparison.json`: function words left out of the candidate
/// index, denials and refutations, opposite words, revision markers, units with their conversion, measure aspects
/// and nouns for people. Users extend them with `--comparison FILE` in the same format.
public struct ComparisonWords: Codable, Sendable {
    /// Words too common to say what a claim is about.
    public var stopwords: Set<String>
    /// Words that deny what follows them within a clause (`not`, `never`, `denied`).
    public var negations: [String]
    /// Denial words that negate a noun rather than a statement (`lack of`, `neither ... nor`, `no one`): they
    /// describe (`children lacking education`) more often than they deny what another claim says, so they count
    /// only between claims that are close as wholes.
    public var nominalNegations: [String]
    /// Phrases that start with a denial word but deny nothing (`not only`, `not clear`, `no doubt`).
    public var notDenials: [String]
    /// Words that reject a whole statement (`false`, `hoax`, `unrelated`, `nothing to do with`).
    public var refutations: [String]
    /// Words that say a report, picture or story is not what it claims (`debunked`, `satire`, `doctored`, `no
    /// evidence`): the stance model counts them where an article speaks of the claim.
    public var debunks: [String] = []
    /// Words that question a report without rejecting it (`cast doubt`, `skeptical`, `disputed`): the stance model
    /// counts them where an article speaks of the claim.
    public var doubts: [String] = []
    /// Words that turn against what came before (`but`, `however`, `in reality`): the stance model counts a
    /// sentence that opens with one after the claim's best sentence.
    public var contrasts: [String] = []
    /// Pairs of words that cannot both describe one thing (`son` and `daughter`, `alive` and `dead`).
    public var opposites: [[String]]
    /// Words that report a change since an earlier report (`after all`, `no longer`): such a claim updates, and
    /// does not contradict, what was said before.
    public var revisions: [String]
    /// Unit words with their dimension (`length`, `area`, `duration`, `currency:USD` ...) and the factor to the
    /// dimension's base unit (metres, square metres, seconds ...).
    public var units: [String: UnitEntry]
    /// Words that say which aspect of a length is meant (`deep`, `wide`, `radius`): different aspects are
    /// different measures.
    public var aspects: [String: [String]]
    /// Nouns that count people: `six people killed` and `11 militants killed` count the same thing.
    public var people: Set<String>
    /// Words that multiply the number before them (`million`, `bn`).
    public var multipliers: [String: Double]
    /// Vague amounts read as a rough figure (`a few`, `dozens`).
    public var vagueNumbers: [String: Double]
    /// Vague amounts with no upper end (`millions`): any larger figure is one of them (`more than 50 million`).
    public var unboundedVagueNumbers: [String] = []
    /// Words that set a case apart from the story's when they open a sentence or a clause (`another`): the claim
    /// is about another case (`OtherInstance`).
    public var otherCaseOpeners: [String] = []
    /// Phrases that set a subject's case against another's (`in his case`).
    public var otherCasePhrases: [String] = []
    /// Words that vouch for a report (`confirmed`, `verified`): the stance model counts them near a claim's words.
    public var confirmations: [String]
    /// Words that are never a speaker by themselves (`All`, `Both`, `Meanwhile`): a source named so is a
    /// fragment of the sentence.
    public var nonSpeakers: [String] = []
    /// Nouns for a document or medium (`statement`, `video`, `reports`): not a speaker to credit a flag to.
    public var documentNouns: [String] = []
    /// Words that open a condition (`if`, `unless`, `whether`): what they govern is neither asserted nor denied.
    public var conditionals: [String] = []
    /// Verbs and adjectives of knowing and checking (`confirm`, `verify`, `clear`): negated, they withhold a
    /// judgement (`could not confirm`, `it is not clear`) rather than deny.
    public var verifications: [String] = []
    /// Words and phrases that withhold a judgement by themselves (`unclear`, `unconfirmed`).
    public var uncertainties: [String] = []
    /// Nouns that name a report rather than make it (`reports`, `claims`, `rumours`): a claim about the reports
    /// says what was reported, not that it is so.
    public var reportNouns: [String] = []
    /// Nouns that name news rather than state it (`news of the arrest spread`): what follows `of`, `that` or
    /// `about` is what the news is about, not something the claim asserts.
    public var newsNouns: [String] = []
    /// Verbs after which `like` opens a likeness (`felt like a hostage`, `looks like a fortress`): what is said
    /// there is a comparison, not a statement of fact.
    public var likenessVerbs: [String] = []
    /// Outcomes for one person that cannot both be true (`freed` and `killed`): a pair that uses one each is never
    /// an agreement, but they are no contradiction by themselves (a raid can free one hostage and kill another).
    public var opposedOutcomes: [[String]] = []
    /// Nouns for people of one sex, then for people of the other (`son`, `brother`; `daughter`, `sister`): a claim
    /// that names people of both may speak of either, so its word for one is no contradiction of the other's.
    public var genderedWords: [[String]] = []
    /// Auxiliary and modal verbs (`must`, `would`, `had`, `been`): the word after one is what a clause predicates
    /// (`the talks must stop`, `the talks would continue`).
    public var auxiliaries: [String] = []
    /// Words that say which part of a place is meant (`north`, `western`): two of them before the same name
    /// (`north London`, `West London`) cannot both be right.
    public var directions: [String] = []
    /// Nouns that name a statement (`the suggestion that`, `his account`), besides the report nouns: a refutation
    /// word said of one rejects that statement.
    public var statementNouns: [String] = []
    /// Nouns that put forward a supposition rather than report a statement (`idea`, `suggestion`, `rumour`): a
    /// clause they introduce with `that` is neither asserted nor denied by the claim.
    public var suppositionNouns: [String] = []
    /// Nouns that carry what others say or ask without the claim making it (`the claim that`, `rumours of`,
    /// `questions about`): the words they open are no side of a contradiction unless a source owns or endorses them.
    public var hearsayNouns: [String] = []
    /// Verbs by which a source takes a supposition as its own (`confirmed the rumour that`, `backed the idea that`):
    /// the clause after such a noun is asserted after all.
    public var endorsingVerbs: [String] = []
    /// Verbs and nouns of hindrance or doubt (`blocked`, `failure`, `doubt`): what follows them is kept from
    /// happening or put in question, not asserted, so a denial of it contradicts nothing.
    public var hindrances: [String] = []
    /// Phrases that say a speaker did not know (`no idea`): for the comparison they deny nothing that follows, like
    /// `notDenials`, but they are a class of their own because the stance model, trained on its own, still counts
    /// their `no` among a body's denial words.
    public var ignorancePhrases: [String] = []
    /// Adjectives of difficulty (`difficult`, `impossible`): like hindrances they keep what follows from happening,
    /// but only as `impossible for the pilots to land` or `difficult to reach`, not in `a difficult day and ...`.
    public var hardshipWords: [String] = []
    /// Things one grants or refuses (`requests`, `permission`, `bail`): a denying verb over them refuses them
    /// (`denied requests for more guards`); it denies no statement.
    public var grantableNouns: [String] = []
    /// Verbs that grant or obtain such things (`granted`, `upheld`, `won`): the side a refusal contradicts.
    public var grantingVerbs: [String] = []
    /// The grantables one is given rather than asks for (`visa`, `permit`, `bail`): a verb of receiving or issuing
    /// over them tells of a grant (`issued visas`, `received bail`), over a request of one made (`received requests`).
    public var givenThings: [String] = []
    /// Verbs of receiving or issuing (`issued`, `received`, `got`), a grant only over `givenThings`.
    public var receivingVerbs: [String] = []
    /// Verbs that name one doing in other words (`close`, `shut`), in base form: two subjects in `-ing` with verbs
    /// of one group may be one doing (`Opposition.doingsApart`).
    public var doingSynonyms: [[String]] = []
    /// Words that find a thing wanting rather than absent (`poor access`, `little money`): no contradiction of a
    /// denial that there is any.
    public var wantingWords: [String] = []
    /// Refutation words that judge anything, not only statements (`wrong`: `things went wrong`): they reject a
    /// statement only when said of one.
    public var evaluativeRefutations: [String] = []
    /// Refutations that deny a link between two things (`nothing to do with`, `unrelated`) rather than a statement.
    public var linkRefutations: [String] = []
    /// Words that state a link between two things (`linked`, `caused`, `piece`): two things denied a link together
    /// (`the blast and the comet are unrelated`) contradict only a side that says one of them, not one that names
    /// the two things (`linkWords`, single words).
    public var linkWords: [String] = []
    /// Personal pronouns that open a clause telling a speaker's own plan when a verb of intent follows (`he would`),
    /// and that may stand for anyone when opposite words are compared (`she gave birth to a baby girl`).
    public var subjectPronouns: [String] = []
    /// Modal verbs and verbs of intent (`would`, `plans`, `vowed`) after which a pronoun's clause tells its speaker's
    /// own plan, not a shared proposition.
    public var intentVerbs: [String] = []
    /// Words ending in `ing` that are no gerund opening a stance (`during`, `nothing`, `morning`).
    public var ingNouns: [String] = []
    /// Words of grammar whose insertion, dropping or swap for another in a quotation changes no statement when few
    /// of them differ: articles, pronouns, possessives, forms of `be`, `have` and `do`, prepositions, conjunctions,
    /// and adverbs of degree or emphasis. Negations, modal verbs, conditionals, quantifiers, numbers, a figure's
    /// qualifier (`about`) and `before`/`after` are not among them: each changes what is said.
    public var lightWords: [String] = []
    /// Words whose presence alone in one quotation of two (an article, `that`, a preposition, `and`, a possessive
    /// `s` split from its word) makes no other utterance.
    public var slightWords: [String] = []
    /// Comparative words before `than` (`more`, `fewer`, `bigger`): a negation over `X more than Y` denies the
    /// comparison, not X (`no one has died more times than the old general`).
    public var comparatives: [String] = []
    /// Words of attempt, call or intent before `to` (`tried to`, `efforts to`, `urged the port to`, `vowed to`):
    /// what follows is aimed at, not done, so a denial that it was done does not contradict it.
    public var attemptWords: [String] = []
    /// Words that set two things in an order no reader reverses (`after`, `behind`, `than`): two words of a
    /// quotation that trade places across one of them and words of grammar only change what is said (`the fire
    /// after the blast`, `the blast after the fire`).
    public var orderWords: [String] = []
    /// The irregular forms of verbs past their base (`kept`, `held`, `sold`; `irregularForms`), folded: a word read
    /// as a verb's form.
    var verbForms: Set<String> { irregularVerbForms(base: false) }
    /// Every form of the irregular verbs, the base too (`sell`, `sold`, `beat`).
    var allVerbForms: Set<String> { irregularVerbForms(base: true) }

    /// The forms `irregularForms` lists (`base|form|...`), folded, with or without each base.
    private func irregularVerbForms(base: Bool) -> Set<String> {
        Set(irregularForms.flatMap { $0.split(separator: "|").dropFirst(base ? 0 : 1).map { String($0).folded } })
    }
    /// Words of a relation that holds both ways (`met`, `next`, `beside`): two things on either side of one are the
    /// same statement in either order, so they are no pivot of reversed roles (`Kovac met Marek`, `Marek met Kovac`),
    /// and, as the joining words, make a name after them a partner rather than an argument or a speaker named alone.
    public var symmetricWords: [String] = []
    /// Words that open a quotation without saying anything of their own (`of course`, `frankly`, `um`), matched word
    /// by word: an opening made only of them (or of `contrasts`) is no other wording.
    public var openingWords: [String] = []
    /// Words that join two names or things as partners (`and`, `with`, `or`): a name after one is no argument of its
    /// own in reversed roles (`Tarsk fought with Velmora`), nor a speaker named alone.
    public var joiningWords: [String] = []
    /// Relative words that open a clause describing a place or a person (`where`, `who`): what it says is
    /// background to the clause's own proposition. Matched as written, lowercased.
    public var relativeWords: [String] = []
    /// Words that make what follows them in a claim a condition (`if`, `unless`, `whether`), so a denial cannot
    /// contradict it; narrower than `conditionals`, which the modality reader uses.
    public var conditionWords: [String] = []
    /// Words just before a figure that make it a part or the whole of a larger count (`first`, `total`, `of
    /// whom`): such a figure and one without the same word measure different things.
    public var figureParts: [String] = []
    /// Words just after a figure that make it a rate (`per`): a rate and a total are different measures.
    public var rateWords: [String] = []
    /// Modals of possibility (`would`, `could`) that make a figure after them a projection, not a stated amount.
    public var possibilityModals: [String] = []
    /// Verbs that take away what they govern (`scrapped the night ferry`, `the toll was removed`, `done away with`):
    /// a claim saying so states that the thing is gone, as a denial that it is there does.
    public var removalWords: [String] = []
    /// Verbs that say what they govern did not happen or go ahead (`postponed the vote`, `stayed away from work`,
    /// `the opening was delayed`): a claim saying so states the thing's absence, as a denial of it does, so the two
    /// do not conflict (`unrealisedWords`).
    public var unrealisedWords: [String] = []
    /// Superlatives and record words (`the tallest ... ever`, `the record is`): a figure said of the biggest one ever
    /// measures the record holder, not the thing the other claim measures.
    public var recordWords: [String] = []
    /// Verbs of capacity (`hold`, `seat`, `grow`): after `can` or `could` the figure they take is what a thing can
    /// do, not what it did (`can hold 800 people`).
    public var capacityVerbs: [String] = []
    /// Verbs of need in the present (`needs`, `requires`): a figure they take is what something still lacks, not an
    /// amount it has (`needs 11 seats`).
    public var requirementVerbs: [String] = []
    /// Words that, after a figure and before `of` or `to`, make it a gap or a target (`2,000 euros short of`, `the 46
    /// votes needed to pass`).
    public var shortfallWords: [String] = []
    /// Irregular forms of one verb, `|`-separated, base form first (`hang|hung|hanged`): in two quotations of one
    /// utterance they are one word.
    public var irregularForms: [String] = []
    /// Words that pass on what others say rather than state it (`claiming`, `according to`, `posted`, `surfaced`),
    /// besides the report nouns: an article that uses one before a statement and rejects that statement elsewhere
    /// retells it only to reject it (`RetoldRumours`).
    public var retellingWords: [String] = []
    /// Fillers and hesitations of speech (`uh`, `um`, `you know`): one article's transcript keeps them, another's
    /// drops them, so in two quotations of one utterance they are no other wording.
    public var fillerWords: [String] = []
    /// Words that bound a negation in time (`until`, `till`): `did not reopen until Friday` says when the bridge
    /// reopened, not that it stayed shut, so such a negation denies nothing (`timeLimits`).
    public var timeLimits: [String] = []
    /// Verbs of calling after which `don't` opens a command (`saying don't shoot`, `shouted do not move`): a negated
    /// command denies nothing (`commandVerbs`).
    public var commandVerbs: [String] = []
    /// Verbs of asking, telling and warning (`urged`, `told`, `pleading`): what they ask someone not to do (`urged
    /// residents not to drink the water`) is neither denied nor said to have happened (`requestVerbs`).
    public var requestVerbs: [String] = []
    /// Verbs by which a noun of supposition is said to be held, between the noun and its `that` (`suspicions
    /// persist that`, `speculation grew that`): the clause stays a supposition (`suppositionVerbs`).
    public var suppositionVerbs: [String] = []
    /// The roles a sum of money plays, by class (`cost`: `price`, `sold`; `fine`: `fine`, `penalty`; `salary`,
    /// `budget`, `contract` ...): read in a money figure's own phrase, so that a fine is not compared with a salary,
    /// nor a price with a budget (`moneyRoles`).
    public var moneyRoles: [String: [String]] = [:]
    /// Verbs of money by class (`pay`: `paid`; `take`: `stole`; `grant`: `awarded`; `spend`, `raise`, `owe`;
    /// `moneyVerbs`): two sums that one class of verb governs, and no role noun sets apart, are one measure.
    public var moneyVerbs: [String: [String]] = [:]
    /// Words after a figure that make it an amount per period (`a year`, `annually`; `ratePhrases`): a yearly sum
    /// and a total are different measures.
    public var ratePhrases: [String] = []
    /// Adjectives of a period near a figure (`annual`, `monthly`; `rateAdjectives`): `a $4 million annual budget`
    /// is a rate too.
    public var rateAdjectives: [String] = []
    /// Nouns in a figure's phrase that make it a part of a larger amount (`share`, `stake`, `portion`;
    /// `partNouns`), right after it or before it: `its $40 million share of the contract` is not the contract's
    /// value. Single words.
    public var partNouns: [String] = []
    /// Lower-case words that begin a surname (`van`, `der`, `al`; `nameParticles`): `Berg` after `van der` is not the
    /// surname of an `Anna Berg`.
    public var nameParticles: [String] = []
    /// Words that tell two people of one name apart (`elder`, `junior`, `Jr`; `nameQualifiers`): an age after them
    /// is not given to the one first name an article writes.
    public var nameQualifiers: [String] = []
    /// Prepositions after which a capitalised run is a place or someone else's relation (`in Port Avel`, `the
    /// daughter of Ivo Marek`; `namePrepositions`): an age after it is nobody's the rule can name.
    public var namePrepositions: [String] = []
    /// The word a hyphen joins to a figure to make it an age (`year-old` in `46-year-old`; `ageWords`), read by
    /// the rule that compares a named person's age (`PersonAges`; figures elsewhere read their own forms). Lower
    /// case, as the text writes it.
    public var ageWords: [String] = []
    /// The verb between a name's comma and its age (`aged` in `Brandt, aged 46`; `ageVerbs`), read as `ageWords`.
    public var ageVerbs: [String] = []
    /// The article between a name's comma and an age word's figure (`a` in `Brandt, a 46-year-old`;
    /// `ageArticles`), read as `ageWords`.
    public var ageArticles: [String] = []

    /// A unit's dimension and its factor to the base unit.
    public struct UnitEntry: Codable, Sendable, Hashable {
        public var dimension: String
        public var factor: Double

        public init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            dimension = try c.decode(String.self)
            factor = try c.decode(Double.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(dimension)
            try c.encode(factor)
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case stopwords, negations, nominalNegations, notDenials, refutations, debunks, opposites, revisions, units,
            aspects,
            people, multipliers
        case vagueNumbers, confirmations, nonSpeakers, documentNouns, conditionals, verifications, uncertainties
        case reportNouns, directions, doubts, contrasts, newsNouns, likenessVerbs, opposedOutcomes, auxiliaries
        case genderedWords, ignorancePhrases, hardshipWords, grantableNouns, grantingVerbs, doingSynonyms
        case givenThings, receivingVerbs, unboundedVagueNumbers, otherCaseOpeners, otherCasePhrases
        case statementNouns, suppositionNouns, hindrances, wantingWords, evaluativeRefutations, linkRefutations
        case linkWords, commandVerbs, requestVerbs, suppositionVerbs
        case subjectPronouns, intentVerbs, ingNouns, lightWords, slightWords, comparatives, attemptWords, orderWords,
            relativeWords,
            conditionWords
        case symmetricWords, openingWords, joiningWords
        case figureParts, rateWords, possibilityModals, irregularForms, removalWords, recordWords, capacityVerbs
        case unrealisedWords, requirementVerbs, shortfallWords, endorsingVerbs
        case retellingWords, fillerWords, timeLimits, hearsayNouns, moneyRoles, moneyVerbs, ratePhrases
        case rateAdjectives, partNouns, nameParticles, nameQualifiers, namePrepositions, ageWords, ageVerbs, ageArticles
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stopwords = try c.decodeIfPresent(Set<String>.self, forKey: .stopwords) ?? []
        negations = try c.decodeIfPresent([String].self, forKey: .negations) ?? []
        nominalNegations = try c.decodeIfPresent([String].self, forKey: .nominalNegations) ?? []
        notDenials = try c.decodeIfPresent([String].self, forKey: .notDenials) ?? []
        refutations = try c.decodeIfPresent([String].self, forKey: .refutations) ?? []
        debunks = try c.decodeIfPresent([String].self, forKey: .debunks) ?? []
        doubts = try c.decodeIfPresent([String].self, forKey: .doubts) ?? []
        contrasts = try c.decodeIfPresent([String].self, forKey: .contrasts) ?? []
        opposites = try c.decodeIfPresent([[String]].self, forKey: .opposites) ?? []
        revisions = try c.decodeIfPresent([String].self, forKey: .revisions) ?? []
        units = try c.decodeIfPresent([String: UnitEntry].self, forKey: .units) ?? [:]
        aspects = try c.decodeIfPresent([String: [String]].self, forKey: .aspects) ?? [:]
        people = try c.decodeIfPresent(Set<String>.self, forKey: .people) ?? []
        multipliers = try c.decodeIfPresent([String: Double].self, forKey: .multipliers) ?? [:]
        vagueNumbers = try c.decodeIfPresent([String: Double].self, forKey: .vagueNumbers) ?? [:]
        unboundedVagueNumbers = try c.decodeIfPresent([String].self, forKey: .unboundedVagueNumbers) ?? []
        otherCaseOpeners = try c.decodeIfPresent([String].self, forKey: .otherCaseOpeners) ?? []
        otherCasePhrases = try c.decodeIfPresent([String].self, forKey: .otherCasePhrases) ?? []
        confirmations = try c.decodeIfPresent([String].self, forKey: .confirmations) ?? []
        nonSpeakers = try c.decodeIfPresent([String].self, forKey: .nonSpeakers) ?? []
        documentNouns = try c.decodeIfPresent([String].self, forKey: .documentNouns) ?? []
        conditionals = try c.decodeIfPresent([String].self, forKey: .conditionals) ?? []
        verifications = try c.decodeIfPresent([String].self, forKey: .verifications) ?? []
        uncertainties = try c.decodeIfPresent([String].self, forKey: .uncertainties) ?? []
        reportNouns = try c.decodeIfPresent([String].self, forKey: .reportNouns) ?? []
        directions = try c.decodeIfPresent([String].self, forKey: .directions) ?? []
        newsNouns = try c.decodeIfPresent([String].self, forKey: .newsNouns) ?? []
        likenessVerbs = try c.decodeIfPresent([String].self, forKey: .likenessVerbs) ?? []
        opposedOutcomes = try c.decodeIfPresent([[String]].self, forKey: .opposedOutcomes) ?? []
        genderedWords = try c.decodeIfPresent([[String]].self, forKey: .genderedWords) ?? []
        auxiliaries = try c.decodeIfPresent([String].self, forKey: .auxiliaries) ?? []
        statementNouns = try c.decodeIfPresent([String].self, forKey: .statementNouns) ?? []
        suppositionNouns = try c.decodeIfPresent([String].self, forKey: .suppositionNouns) ?? []
        hearsayNouns = try c.decodeIfPresent([String].self, forKey: .hearsayNouns) ?? []
        endorsingVerbs = try c.decodeIfPresent([String].self, forKey: .endorsingVerbs) ?? []
        hindrances = try c.decodeIfPresent([String].self, forKey: .hindrances) ?? []
        ignorancePhrases = try c.decodeIfPresent([String].self, forKey: .ignorancePhrases) ?? []
        hardshipWords = try c.decodeIfPresent([String].self, forKey: .hardshipWords) ?? []
        grantableNouns = try c.decodeIfPresent([String].self, forKey: .grantableNouns) ?? []
        grantingVerbs = try c.decodeIfPresent([String].self, forKey: .grantingVerbs) ?? []
        givenThings = try c.decodeIfPresent([String].self, forKey: .givenThings) ?? []
        receivingVerbs = try c.decodeIfPresent([String].self, forKey: .receivingVerbs) ?? []
        doingSynonyms = try c.decodeIfPresent([[String]].self, forKey: .doingSynonyms) ?? []
        wantingWords = try c.decodeIfPresent([String].self, forKey: .wantingWords) ?? []
        evaluativeRefutations = try c.decodeIfPresent([String].self, forKey: .evaluativeRefutations) ?? []
        linkRefutations = try c.decodeIfPresent([String].self, forKey: .linkRefutations) ?? []
        linkWords = try c.decodeIfPresent([String].self, forKey: .linkWords) ?? []
        commandVerbs = try c.decodeIfPresent([String].self, forKey: .commandVerbs) ?? []
        requestVerbs = try c.decodeIfPresent([String].self, forKey: .requestVerbs) ?? []
        suppositionVerbs = try c.decodeIfPresent([String].self, forKey: .suppositionVerbs) ?? []
        subjectPronouns = try c.decodeIfPresent([String].self, forKey: .subjectPronouns) ?? []
        intentVerbs = try c.decodeIfPresent([String].self, forKey: .intentVerbs) ?? []
        ingNouns = try c.decodeIfPresent([String].self, forKey: .ingNouns) ?? []
        lightWords = try c.decodeIfPresent([String].self, forKey: .lightWords) ?? []
        slightWords = try c.decodeIfPresent([String].self, forKey: .slightWords) ?? []
        comparatives = try c.decodeIfPresent([String].self, forKey: .comparatives) ?? []
        attemptWords = try c.decodeIfPresent([String].self, forKey: .attemptWords) ?? []
        orderWords = try c.decodeIfPresent([String].self, forKey: .orderWords) ?? []
        symmetricWords = try c.decodeIfPresent([String].self, forKey: .symmetricWords) ?? []
        openingWords = try c.decodeIfPresent([String].self, forKey: .openingWords) ?? []
        joiningWords = try c.decodeIfPresent([String].self, forKey: .joiningWords) ?? []
        relativeWords = try c.decodeIfPresent([String].self, forKey: .relativeWords) ?? []
        conditionWords = try c.decodeIfPresent([String].self, forKey: .conditionWords) ?? []
        figureParts = try c.decodeIfPresent([String].self, forKey: .figureParts) ?? []
        rateWords = try c.decodeIfPresent([String].self, forKey: .rateWords) ?? []
        possibilityModals = try c.decodeIfPresent([String].self, forKey: .possibilityModals) ?? []
        removalWords = try c.decodeIfPresent([String].self, forKey: .removalWords) ?? []
        unrealisedWords = try c.decodeIfPresent([String].self, forKey: .unrealisedWords) ?? []
        recordWords = try c.decodeIfPresent([String].self, forKey: .recordWords) ?? []
        capacityVerbs = try c.decodeIfPresent([String].self, forKey: .capacityVerbs) ?? []
        requirementVerbs = try c.decodeIfPresent([String].self, forKey: .requirementVerbs) ?? []
        shortfallWords = try c.decodeIfPresent([String].self, forKey: .shortfallWords) ?? []
        irregularForms = try c.decodeIfPresent([String].self, forKey: .irregularForms) ?? []
        retellingWords = try c.decodeIfPresent([String].self, forKey: .retellingWords) ?? []
        fillerWords = try c.decodeIfPresent([String].self, forKey: .fillerWords) ?? []
        timeLimits = try c.decodeIfPresent([String].self, forKey: .timeLimits) ?? []
        moneyRoles = try c.decodeIfPresent([String: [String]].self, forKey: .moneyRoles) ?? [:]
        moneyVerbs = try c.decodeIfPresent([String: [String]].self, forKey: .moneyVerbs) ?? [:]
        ratePhrases = try c.decodeIfPresent([String].self, forKey: .ratePhrases) ?? []
        rateAdjectives = try c.decodeIfPresent([String].self, forKey: .rateAdjectives) ?? []
        partNouns = try c.decodeIfPresent([String].self, forKey: .partNouns) ?? []
        nameParticles = try c.decodeIfPresent([String].self, forKey: .nameParticles) ?? []
        nameQualifiers = try c.decodeIfPresent([String].self, forKey: .nameQualifiers) ?? []
        namePrepositions = try c.decodeIfPresent([String].self, forKey: .namePrepositions) ?? []
        ageWords = try c.decodeIfPresent([String].self, forKey: .ageWords) ?? []
        ageVerbs = try c.decodeIfPresent([String].self, forKey: .ageVerbs) ?? []
        ageArticles = try c.decodeIfPresent([String].self, forKey: .ageArticles) ?? []
    }

    /// Adds another file's entries.
    mutating func merge(_ other: ComparisonWords) {
        stopwords.formUnion(other.stopwords)
        negations += other.negations
        nominalNegations += other.nominalNegations
        notDenials += other.notDenials
        refutations += other.refutations
        debunks += other.debunks
        doubts += other.doubts
        contrasts += other.contrasts
        opposites += other.opposites
        revisions += other.revisions
        units.merge(other.units) { _, new in new }
        for (key, words) in other.aspects { aspects[key, default: []] += words }
        people.formUnion(other.people)
        multipliers.merge(other.multipliers) { _, new in new }
        vagueNumbers.merge(other.vagueNumbers) { _, new in new }
        unboundedVagueNumbers += other.unboundedVagueNumbers
        otherCaseOpeners += other.otherCaseOpeners
        otherCasePhrases += other.otherCasePhrases
        confirmations += other.confirmations
        nonSpeakers += other.nonSpeakers
        documentNouns += other.documentNouns
        conditionals += other.conditionals
        verifications += other.verifications
        uncertainties += other.uncertainties
        reportNouns += other.reportNouns
        newsNouns += other.newsNouns
        likenessVerbs += other.likenessVerbs
        opposedOutcomes += other.opposedOutcomes
        for (k, words) in other.genderedWords.enumerated() {
            if k < genderedWords.count { genderedWords[k] += words } else { genderedWords.append(words) }
        }
        auxiliaries += other.auxiliaries
        directions += other.directions
        statementNouns += other.statementNouns
        suppositionNouns += other.suppositionNouns
        hearsayNouns += other.hearsayNouns
        endorsingVerbs += other.endorsingVerbs
        hindrances += other.hindrances
        ignorancePhrases += other.ignorancePhrases
        hardshipWords += other.hardshipWords
        grantableNouns += other.grantableNouns
        grantingVerbs += other.grantingVerbs
        givenThings += other.givenThings
        receivingVerbs += other.receivingVerbs
        doingSynonyms += other.doingSynonyms
        wantingWords += other.wantingWords
        evaluativeRefutations += other.evaluativeRefutations
        linkRefutations += other.linkRefutations
        linkWords += other.linkWords
        commandVerbs += other.commandVerbs
        requestVerbs += other.requestVerbs
        suppositionVerbs += other.suppositionVerbs
        subjectPronouns += other.subjectPronouns
        intentVerbs += other.intentVerbs
        ingNouns += other.ingNouns
        lightWords += other.lightWords
        slightWords += other.slightWords
        comparatives += other.comparatives
        attemptWords += other.attemptWords
        orderWords += other.orderWords
        symmetricWords += other.symmetricWords
        openingWords += other.openingWords
        joiningWords += other.joiningWords
        relativeWords += other.relativeWords
        conditionWords += other.conditionWords
        figureParts += other.figureParts
        rateWords += other.rateWords
        possibilityModals += other.possibilityModals
        removalWords += other.removalWords
        unrealisedWords += other.unrealisedWords
        recordWords += other.recordWords
        capacityVerbs += other.capacityVerbs
        requirementVerbs += other.requirementVerbs
        shortfallWords += other.shortfallWords
        irregularForms += other.irregularForms
        retellingWords += other.retellingWords
        fillerWords += other.fillerWords
        timeLimits += other.timeLimits
        for (key, words) in other.moneyRoles { moneyRoles[key, default: []] += words }
        for (key, words) in other.moneyVerbs { moneyVerbs[key, default: []] += words }
        ratePhrases += other.ratePhrases
        rateAdjectives += other.rateAdjectives
        partNouns += other.partNouns
        nameParticles += other.nameParticles
        nameQualifiers += other.nameQualifiers
        namePrepositions += other.namePrepositions
        ageWords += other.ageWords
        ageVerbs += other.ageVerbs
        ageArticles += other.ageArticles
    }
}
