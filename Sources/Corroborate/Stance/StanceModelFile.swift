import Foundation

/// The binary file of a `StanceModel`: the magic `CRBSTN3\n`, the payload's length and its FNV-1a checksum, then
/// the payload: feature names, the vocabulary (term and rarity), the learned words (per contrast, term and weight), the
/// learned side words (of headlines, then of bodies: term and weight),
/// and the trees, all little-endian. The checksum
/// makes a damaged or truncated file an error rather than a model that quietly decides differently.
enum StanceModelFile {
    static let magic = Array("CRBSTN3\n".utf8)

    static func encode(_ model: StanceModel) -> Data {
        var payload = ByteWriter()
        payload.int(model.featureNames.count)
        for name in model.featureNames { payload.string(name) }
        payload.float(model.vocabulary.unseen)
        let terms = model.vocabulary.idf.sorted { $0.key < $1.key }
        payload.int(terms.count)
        for (term, idf) in terms {
            payload.string(term)
            payload.float(idf)
        }
        payload.int(model.lexicon.weights.count)
        for lexicon in model.lexicon.weights {
            payload.int(lexicon.count)
            for (term, weight) in lexicon.sorted(by: { $0.key < $1.key }) {
                payload.string(term)
                payload.float(weight)
            }
        }
        for weights in [model.polarity.claimWeights, model.polarity.bodyWeights] {
            payload.int(weights.count)
            for (term, weight) in weights.sorted(by: { $0.key < $1.key }) {
                payload.string(term)
                payload.float(weight)
            }
        }
        let trees = model.trees
        payload.int(trees.classes)
        for b in trees.base { payload.float(b) }
        payload.int(trees.trees.count)
        for nodes in trees.trees {
            payload.int(nodes.count)
            for node in nodes {
                payload.int(Int(node.feature))
                payload.float(node.threshold)
                payload.int(Int(node.left))
                payload.int(Int(node.right))
                payload.float(node.value)
            }
        }
        var file = ByteWriter()
        file.bytes += magic
        file.int(payload.bytes.count)
        file.int64(checksum(payload.bytes))
        file.bytes += payload.bytes
        return Data(file.bytes)
    }

    static func decode(_ data: Data, path: String) throws(KnowledgeError) -> StanceModel {
        let bytes = [UInt8](data)
        guard bytes.count >= magic.count + 12, Array(bytes[0..<magic.count]) == magic else {
            throw .invalid(path: path, reason: "not a stance model (it should start with CRBSTN3)")
        }
        var header = ByteReader(bytes: bytes, offset: magic.count)
        guard let length = header.int(), let sum = header.int64(), length == bytes.count - header.offset else {
            throw .invalid(path: path, reason: "truncated or damaged (the payload has the wrong length)")
        }
        let payload = Array(bytes[header.offset...])
        guard checksum(payload) == sum else {
            throw .invalid(path: path, reason: "damaged (its checksum does not match its contents)")
        }
        guard let model = read(payload) else {
            throw .invalid(path: path, reason: "damaged (its contents cannot be read as a stance model)")
        }
        guard model.featureNames == StanceModel.names else {
            throw .invalid(
                path: path,
                reason:
                    "made for other features (\(model.featureNames.count) where this version reads \(StanceModel.names.count)); train it again with train-stance"
            )
        }
        return model
    }

    private static func read(_ payload: [UInt8]) -> StanceModel? {
        var r = ByteReader(bytes: payload, offset: 0)
        guard let featureCount = r.int(), featureCount < 10_000 else { return nil }
        var names: [String] = []
        for _ in 0..<featureCount {
            guard let name = r.string() else { return nil }
            names.append(name)
        }
        guard let unseen = r.float(), let termCount = r.int(), termCount < 10_000_000 else { return nil }
        var idf: [String: Float] = [:]
        idf.reserveCapacity(termCount)
        for _ in 0..<termCount {
            guard let term = r.string(), let value = r.float() else { return nil }
            idf[term] = value
        }
        guard let contrasts = r.int(), contrasts == StanceLexicon.contrasts.count else { return nil }
        var lexicon: [[String: Float]] = []
        for _ in 0..<contrasts + 2 {
            guard let count = r.int(), count >= 0, count < 1_000_000 else { return nil }
            var weights: [String: Float] = [:]
            for _ in 0..<count {
                guard let term = r.string(), let weight = r.float() else { return nil }
                weights[term] = weight
            }
            lexicon.append(weights)
        }
        guard let classes = r.int(), classes == Stance.allCases.count else { return nil }
        var base: [Float] = []
        for _ in 0..<classes {
            guard let b = r.float() else { return nil }
            base.append(b)
        }
        guard let treeCount = r.int(), treeCount % classes == 0 else { return nil }
        var trees: [[BoostedTrees.Node]] = []
        for _ in 0..<treeCount {
            guard let count = r.int(), count > 0, count < 1_000_000 else { return nil }
            var nodes: [BoostedTrees.Node] = []
            for _ in 0..<count {
                guard let f = r.int(), let t = r.float(), let left = r.int(), let right = r.int(), let v = r.float()
                else { return nil }
                nodes.append(
                    BoostedTrees.Node(feature: Int32(f), threshold: t, left: Int32(left), right: Int32(right), value: v)
                )
            }
            // Every split must point forward inside the tree, on a known feature: no loops, no reads out of range.
            for (k, node) in nodes.enumerated() where node.feature >= 0 {
                guard Int(node.feature) < featureCount, Int(node.left) > k, Int(node.right) > k,
                    Int(node.left) < count, Int(node.right) < count
                else { return nil }
            }
            trees.append(nodes)
        }
        guard r.offset == payload.count else { return nil }
        return StanceModel(
            vocabulary: StanceVocabulary(idf: idf, unseen: unseen),
            lexicon: StanceLexicon(weights: Array(lexicon.prefix(contrasts))),
            polarity: StancePolarity(claimWeights: lexicon[contrasts], bodyWeights: lexicon[contrasts + 1]),
            trees: BoostedTrees(classes: classes, base: base, trees: trees), featureNames: names)
    }

    /// 64-bit FNV-1a.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}

/// Little-endian bytes out: 32-bit integers and floats, 64-bit checksums, strings with their length.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) { withUnsafeBytes(of: Int32(value).littleEndian) { bytes += $0 } }
    mutating func int64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func float(_ value: Float) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }
    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        int(utf8.count)
        bytes += utf8
    }
}

/// The reading side of `ByteWriter`: every read returns `nil` past the end.
struct ByteReader {
    let bytes: [UInt8]
    var offset: Int

    private mutating func word() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[offset + k]) << (8 * k) }
        offset += 4
        return v
    }

    mutating func int() -> Int? { word().map { Int(Int32(bitPattern: $0)) } }
    mutating func float() -> Float? { word().map { Float(bitPattern: $0) } }
    mutating func int64() -> UInt64? {
        guard let low = word(), let high = word() else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }
    mutating func string() -> String? {
        guard let count = int(), count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }
}
