import Foundation
enum RenderBench { static func run(_ options: BenchOptions) throws {} }
