import Foundation
enum WarmQueryBench { static func run(_ options: BenchOptions) throws {} }
