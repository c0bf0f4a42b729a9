import Dossier

/// Receives a classifier's features: a name, or a prefix and one or two
/// values (joined by "_").
protocol FeatureSink {
    mutating func add(_ name: StaticString)
    mutating func add(_ prefix: StaticString, _ value: String)
    mutating func add(_ prefix: StaticString, _ value: String, _ second: String)
}

/// Collects features as names, for training and for the model file.
struct FeatureNames: FeatureSink {
    var names: [String] = []

    mutating func add(_ name: StaticString) { names.append(name.description) }
    mutating func add(_ prefix: StaticString, _ value: String) { names.append(prefix.description + value) }
    mutating func add(_ prefix: StaticString, _ value: String, _ second: String) {
        names.append(prefix.description + value + "_" + second)
    }
}

/// Adds up the weights of features as they come, hashing their names'
/// bytes without making the names.
struct FeatureScores: FeatureSink {
    let table: WeightTable
    var scores = (Float(0), Float(0), Float(0), Float(0))

    init(table: WeightTable) { self.table = table }

    var scoresArray: [Float] { [scores.0, scores.1, scores.2, scores.3] }

    private mutating func found(_ hash: UInt64) {
        guard let offset = table.offset(of: hash) else { return }
        table.values.withUnsafeBufferPointer { values in
            scores.0 += values[offset]
            scores.1 += values[offset + 1]
            scores.2 += values[offset + 2]
            scores.3 += values[offset + 3]
        }
    }

    mutating func add(_ name: StaticString) {
        found(FeatureHash.start.adding(name).value)
    }

    mutating func add(_ prefix: StaticString, _ value: String) {
        found(FeatureHash.start.adding(prefix).adding(value).value)
    }

    mutating func add(_ prefix: StaticString, _ value: String, _ second: String) {
        found(FeatureHash.start.adding(prefix).adding(value).adding(byte: 0x5F).adding(second).value)
    }
}

/// FNV-1a over UTF-8 bytes: the same value for a name hashed whole or in parts.
struct FeatureHash {
    var value: UInt64

    static let start = FeatureHash(value: 0xcbf2_9ce4_8422_2325)

    func adding(byte: UInt8) -> FeatureHash {
        FeatureHash(value: (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3)
    }

    func adding(_ text: StaticString) -> FeatureHash {
        var hash = value
        text.withUTF8Buffer { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return FeatureHash(value: hash)
    }

    func adding(_ text: String) -> FeatureHash {
        var hash = value
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return FeatureHash(value: hash)
    }
}

/// The classifier's weights in an open-addressed table keyed by the hash of
/// each feature's name: four floats a feature in one array.
struct WeightTable: Sendable {
    private var keys: [UInt64]
    private var slots: [Int32]
    private let mask: Int
    fileprivate(set) var values: [Float]

    init(_ weights: [String: [Float]]) {
        var capacity = 16
        while capacity < weights.count * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        values = []
        values.reserveCapacity(weights.count * ChunkClassifier.classes.count)
        for (name, weight) in weights.sorted(by: { $0.key < $1.key }) {
            let hash = FeatureHash.start.adding(name).value
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 && keys[slot] != hash { slot = (slot + 1) & mask }
            if slots[slot] >= 0 { continue }  // a colliding name keeps the first weights
            keys[slot] = hash
            slots[slot] = Int32(values.count)
            values += weight
        }
    }

    /// Where a feature's four weights start in ``values``.
    func offset(of hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if keys[slot] == hash { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
