/// What the speaker rules read from a source's name (`QuoteVariants.maySpeakAlike`, `Similarity.twoVoices`,
/// `QuoteVariants.spelledAlike`, `mayBeOneName`, `isNamedPerson`), read once for each distinct name of a run rather
/// than split, folded and hashed again for every candidate pair (a claim meets a dozen pairs and more, and a
/// speaker's name is shared by many claims).
final class SpeakerNames: Sendable {
    /// The capitalised words of the name, lowercased (`QuoteVariants.names`).
    let names: Set<String>
    /// The initials of a name of several capitalised words (`QuoteVariants.initials`).
    let initials: String?
    /// A description without a name (`QuoteVariants.isDescription`).
    let isDescription: Bool
    /// The name's words of four letters or more, lowercased, for telling two voices apart (`Similarity.twoVoices`).
    let voiceWords: Set<String>
    /// The name's words with accents and case folded (`QuoteVariants.spellingWords`), for `spelledAlike`.
    let spelling: [String]
    /// The spelling words' parts as `QuoteVariants.mayBeOneName` reads them, read once per name rather than for
    /// every pair of same quotations.
    let parts: NameParts
    /// Two to four words, each capitalised: a person's name when the source's kind allows it
    /// (`QuoteVariants.isNamedPerson`, whose kind test is left to each claim).
    let personShaped: Bool

    /// The name read byte by byte when it is printable ASCII (`SpeakerNames+ASCII.swift`), the same fields as the
    /// general reading gives; otherwise read as the rules read it, Character by Character.
    convenience init(_ source: Source) {
        if SpeakerNames.isPrintableASCII(source.name) {
            self.init(ascii: source.name)
        } else {
            self.init(general: source.name)
        }
    }

    /// The general reading, Character by Character, through the rules' own functions (about 130 k instructions a
    /// name): what the ASCII reading must equal.
    init(general name: String) {
        let source = Source(name: name, kind: .other)
        names = QuoteVariants.names(source)
        initials = QuoteVariants.initials(source)
        isDescription = QuoteVariants.isDescription(source)
        voiceWords = Set(name.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 })
        spelling = QuoteVariants.spellingWords(name)
        parts = NameParts(spelling: spelling)
        personShaped = QuoteVariants.personShaped(name)
    }

    /// Every field given (the ASCII reading builds them itself).
    init(
        names: Set<String>, initials: String?, isDescription: Bool, voiceWords: Set<String>, spelling: [String],
        parts: NameParts, personShaped: Bool
    ) {
        self.names = names
        self.initials = initials
        self.isDescription = isDescription
        self.voiceWords = voiceWords
        self.spelling = spelling
        self.parts = parts
        self.personShaped = personShaped
    }

    /// Each claim's speaker names, one shared value for each distinct source name, the distinct names read in
    /// parallel chunks (a run of many articles has tens of thousands, read before the pairs on one thread).
    static func table(_ claims: [Claim]) -> [SpeakerNames] {
        // Each distinct name's place, in order of first use, and the source it was first used by.
        var place: [String: Int] = [:]
        var firsts: [Source] = []
        let places = claims.map { claim in
            if let known = place[claim.source.name] { return known }
            place[claim.source.name] = firsts.count
            firsts.append(claim.source)
            return firsts.count - 1
        }
        let read = firsts.inOrderedChunks(perChunk: 64) { $0.map(SpeakerNames.init) }.flatMap { $0 }
        return places.map { read[$0] }
    }
}
