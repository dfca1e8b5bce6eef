using System.IO.Compression;
using System.Text;

namespace NudgeService.Sandbox.MailboxLogs;

/// <summary>Opens an interaction log as text, gzip-compressed or not: the logs kept in the repository are compressed.</summary>
public static class LogFiles
{
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    public static StreamReader OpenText(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"No log at {Path.GetFullPath(path)}.", path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        // Gzip's two magic bytes (RFC 1952) rather than the file's name, so a renamed file still reads.
        Stream content = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
