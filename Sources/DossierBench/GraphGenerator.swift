import Foundation
enum GraphGenerator { static func run(_ options: BenchOptions) throws {} }
