using System;
using System.IO;
using System.Text;
using Maturity.Diagnostics;
using Maturity.Internal;

namespace Maturity.Yaml;

/// <summary>Turns raw bytes into text: enforces the size limit, strips a UTF-8 BOM, rejects UTF-16/32
/// and invalid UTF-8 with the line and column of the first bad byte.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(string path, byte[] bytes, long maxBytes, DiagnosticBag diagnostics)
    {
        if (bytes.LongLength > maxBytes)
        {
            TooLarge(path, bytes.LongLength, maxBytes, diagnostics);
            return null;
        }

        var start = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            start = 3;
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceLocation(path, 1, 1), Messages.FileIsUtf16());
            return null;
        }

        var bad = FindInvalidUtf8(bytes, start);
        if (bad >= 0)
        {
            var (line, column) = LineAndColumn(bytes, start, bad);
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceLocation(path, line, column), Messages.InvalidUtf8Byte(FormattableString.Invariant($"0x{bytes[bad]:X2}")));
            return null;
        }

        return Check(path, StrictUtf8.GetString(bytes, start, bytes.Length - start), diagnostics);
    }

    /// <summary>Checks text that is already decoded (or was given as a string): drops a leading BOM
    /// character and rejects a NUL character, which no text file holds.</summary>
    public static string? Check(string path, string text, DiagnosticBag diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var at = text.IndexOf('\0');
        if (at >= 0)
        {
            var (line, column) = LineAndColumn(text, at);
            diagnostics.Error(DiagnosticCodes.InvalidEncoding, new SourceLocation(path, line, column), Messages.NulCharacter());
            return null;
        }

        return text;
    }

    /// <summary>Reads a file, never more than <paramref name="maxBytes"/> + 1 bytes whatever its size claims
    /// (a growing file, <c>/proc</c>). Only regular files are opened: a device, FIFO or socket would block or
    /// never end. In a folder such a file is skipped with a warning; named on purpose it is an error.</summary>
    public static byte[]? ReadFile(string path, long maxBytes, DiagnosticBag diagnostics, bool foundInFolder = false)
    {
        try
        {
            switch (FileFacts.Of(path).Kind)
            {
                case FileKind.Missing:
                    diagnostics.Error(DiagnosticCodes.FileNotReadable, SourceLocation.FileOnly(path), Messages.FileNotFound());
                    return null;
                case FileKind.Directory:
                    diagnostics.Error(DiagnosticCodes.FileNotReadable, SourceLocation.FileOnly(path), Messages.FolderNotAFile());
                    return null;
                case FileKind.Special when foundInFolder:
                    diagnostics.Add(SpecialFileSkipped(path));
                    return null;
                case FileKind.Special:
                    diagnostics.Error(DiagnosticCodes.FileNotReadable, SourceLocation.FileOnly(path), Messages.NotARegularFile());
                    return null;
            }

            // Shared: an editor may be writing the file at the same moment.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                TooLarge(path, stream.Length, maxBytes, diagnostics);
                return null;
            }

            return (stream.CanSeek ? ReadWhole(stream) : null) ?? ReadStream(path, stream, maxBytes, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Error(DiagnosticCodes.FileNotReadable, SourceLocation.FileOnly(path), Messages.CannotReadFile(ex.Message));
            return null;
        }
    }

    /// <summary>A regular file's bytes read straight into an array of the size it reports (no copy buffer, no growing
    /// copy); null, back at the start, when the file is not that size any more (being written, or a <c>/proc</c>
    /// file that reports 0), for <see cref="ReadStream"/> to read with its limit.</summary>
    private static byte[]? ReadWhole(FileStream stream)
    {
        var bytes = new byte[stream.Length];
        var filled = 0;
        int read;
        while (filled < bytes.Length && (read = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
        {
            filled += read;
        }

        if (filled == bytes.Length && stream.ReadByte() < 0)
        {
            return bytes;
        }

        stream.Position = 0;
        return null;
    }

    /// <summary>The warning for a device, FIFO or socket met in a folder, which is skipped.</summary>
    public static Diagnostic SpecialFileSkipped(string path) =>
        new(DiagnosticCodes.FileNotReadable, DiagnosticSeverity.Warning, Messages.SpecialFileSkipped(), SourceLocation.FileOnly(path));

    /// <summary>Reads a stream to its end, stopping after <paramref name="maxBytes"/> + 1 bytes: a larger
    /// (or endless) stream is refused without holding more than the limit in memory.</summary>
    public static byte[]? ReadStream(string path, Stream stream, long maxBytes, DiagnosticBag diagnostics)
    {
        var buffer = new byte[(int)Math.Min(maxBytes + 1, 81920)];
        using var copy = new MemoryStream();
        while (true)
        {
            var want = (int)Math.Min(buffer.Length, maxBytes + 1 - copy.Length);
            var read = stream.Read(buffer, 0, want);
            if (read == 0)
            {
                return copy.ToArray();
            }

            copy.Write(buffer, 0, read);
            if (copy.Length > maxBytes)
            {
                TooLarge(path, null, maxBytes, diagnostics);
                return null;
            }
        }
    }

    private static void TooLarge(string path, long? size, long maxBytes, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.FileOnly(path), size is { } n
            ? Messages.FileTooLarge(n, maxBytes)
            : Messages.FileOverLimit(maxBytes));

    /// <summary>Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.</summary>
    private static int FindInvalidUtf8(byte[] b, int start)
    {
        var i = start;
        while (i < b.Length)
        {
            var c = b[i];
            int extra;
            int min;
            if (c < 0x80)
            {
                i++;
                continue;
            }
            else if ((c & 0xE0) == 0xC0)
            {
                extra = 1;
                min = 0x80;
            }
            else if ((c & 0xF0) == 0xE0)
            {
                extra = 2;
                min = 0x800;
            }
            else if ((c & 0xF8) == 0xF0)
            {
                extra = 3;
                min = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + extra >= b.Length)
            {
                return i;
            }

            var cp = c & (0x3F >> extra);
            for (var k = 1; k <= extra; k++)
            {
                var cc = b[i + k];
                if ((cc & 0xC0) != 0x80)
                {
                    return i;
                }

                cp = (cp << 6) | (cc & 0x3F);
            }

            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            {
                return i;
            }

            i += extra + 1;
        }

        return -1;
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Count characters, not bytes, so the column matches what an editor shows.
        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    internal static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
