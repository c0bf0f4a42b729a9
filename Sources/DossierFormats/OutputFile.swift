import Foundation

/// Writes output files whole or not at all: the bytes go to a temporary
/// file beside the target, which is then renamed over it.
public enum OutputFile {
    /// Writes `text` to `path` atomically.
    ///
    /// - Throws: ``FormatError/fileSystem(path:reason:)`` when the folder is
    ///   missing or not writable; no partial file is left.
    public static func write(_ text: String, to path: String) throws(FormatError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` atomically.
    ///
    /// - Throws: ``FormatError/fileSystem(path:reason:)`` when the folder is
    ///   missing or not writable; no partial file is left.
    public static func write(_ bytes: [UInt8], to path: String) throws(FormatError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .fileSystem(path: path, reason: "is a folder. Name a file to write.")
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .fileSystem(path: path, reason: "the folder \(folder) does not exist. Create it first.")
        }
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            let reason =
                FileManager.default.isWritableFile(atPath: folder)
                ? "the file cannot be written (is the disk full?)."
                : "the folder \(folder) is not writable. Choose another path."
            throw .fileSystem(path: path, reason: reason)
        }
    }
}
