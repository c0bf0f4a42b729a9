import Foundation

#if DOSSIER_LIBFUZZER
    /// libFuzzer's driver, from the runtime that `-sanitize=fuzzer` links.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The entry point libFuzzer's runtime expects to find; the same work
    /// as the driver's callback below.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        guard let data else { return 0 }
        FuzzInput.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    /// Under libFuzzer: `make fuzz` builds this target with
    /// `-sanitize=fuzzer -D DOSSIER_LIBFUZZER`; the program hands its
    /// arguments (`-max_total_time=…`, a corpus folder) to libFuzzer's
    /// driver, which calls ``FuzzInput/run(_:)`` for each input it makes.
    @main
    struct FuzzDriver {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            let status = runFuzzerDriver(&argc, &argv) { data, size in
                guard let data else { return 0 }
                FuzzInput.run(Array(UnsafeBufferPointer(start: data, count: size)))
                return 0
            }
            exit(status)
        }
    }
#else
    /// Without libFuzzer: runs each file named on the command line through
    /// the same checks, to replay a corpus or a crash that libFuzzer saved.
    @main
    struct FuzzReplay {
        static func main() {
            let paths = CommandLine.arguments.dropFirst()
            guard !paths.isEmpty else {
                FileHandle.standardError.write(
                    Data("usage: dossier-fuzz FILE...   (replays inputs; `make fuzz` runs libFuzzer)\n".utf8))
                exit(2)
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("dossier-fuzz: cannot read \(path)\n".utf8))
                    exit(1)
                }
                FuzzInput.run([UInt8](data))
            }
            print("replayed \(paths.count) inputs without a crash")
        }
    }
#endif
