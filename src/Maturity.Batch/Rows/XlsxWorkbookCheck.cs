using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Xml;
using Maturity.Diagnostics;

namespace Maturity.Batch.Rows;

/// <summary>Looks at a workbook before the spreadsheet library opens it, so hostile or broken files end in one clear
/// MAT095 with bounded memory instead of an exception from deep inside a zip or XML reader: empty file, not a zip
/// (an old .xls named .xlsx included), no workbook part, a part that would expand far beyond its compressed size (zip
/// bomb), and a shared string longer than the row limit (the library would load it whole). Only the zip directory and
/// the shared strings are read here; the sheet itself streams later, bounded by its declared size and the ratio limit.</summary>
internal static class XlsxWorkbookCheck
{
    /// <summary>A part may expand this many times its compressed size (real sheets: 5 to 30).</summary>
    public const int MaxCompressionRatio = 200;

    /// <summary>Below this expanded size a part is never a bomb, whatever its ratio (a small empty sheet compresses 100:1).</summary>
    public const long RatioCheckedAbove = 64L << 20;

    private const string SharedStrings = "xl/sharedStrings.xml";

    /// <summary>Throws <see cref="DiagnosticsException"/> (MAT095) when <paramref name="stream"/> is not a workbook that
    /// can be read safely; leaves the stream at its start otherwise.</summary>
    public static void Check(Stream stream, string name, int maxCellChars)
    {
        if (stream.Length == 0)
        {
            throw Fail(name, "WorkbookEmpty");
        }

        var start = new byte[4];
        var read = stream.Read(start, 0, start.Length);
        stream.Position = 0;
        if (read < 4 || start[0] != 'P' || start[1] != 'K')
        {
            throw Fail(name, read == 4 && start[0] == 0xD0 && start[1] == 0xCF && start[2] == 0x11 && start[3] == 0xE0 ? "WorkbookIsXls" : "WorkbookNotZip");
        }

        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                hasWorkbook |= string.Equals(entry.FullName, "xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                if (entry.Length > RatioCheckedAbove && entry.Length > (long)MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                {
                    throw Fail(
                        name,
                        "WorkbookZipBomb",
                        0,
                        ("entry", entry.FullName),
                        ("expanded", entry.Length >> 20),
                        ("compressed", entry.CompressedLength >> 20),
                        ("ratio", entry.Length / Math.Max(entry.CompressedLength, 1)),
                        ("limit", MaxCompressionRatio));
                }
            }

            if (!hasWorkbook)
            {
                throw Fail(name, "WorkbookNoWorkbookXml");
            }

            if (zip.GetEntry(SharedStrings) is { } strings)
            {
                CheckSharedStrings(strings, name, maxCellChars);
            }
        }
        catch (InvalidDataException ex)
        {
            throw Fail(name, "WorkbookDamagedZip", 0, ("reason", ex.Message));
        }
        catch (XmlException ex)
        {
            throw Fail(name, "WorkbookSharedStringsDamaged", 0, ("reason", ex.Message));
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>The diagnostic for a workbook that cannot be read: <paramref name="key"/> names its message in BatchMessages.</summary>
    public static DiagnosticsException Fail(string name, string key, int row = 0, params (string Name, object Value)[] arguments) =>
        new("The workbook cannot be read.", [BatchMessages.Workbook(row > 0 ? new SourceLocation(name, row, 1) : SourceLocation.FileOnly(name), key, arguments)]);

    /// <summary>Counts each shared string's characters in chunks, never holding one whole.</summary>
    private static void CheckSharedStrings(ZipArchiveEntry entry, string name, int maxCellChars)
    {
        using var part = entry.Open();
        using var xml = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        var chunk = new char[4096];
        long length = 0;
        long index = -1;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                length = 0;
                index++;
            }
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                int n;
                while ((n = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    length += n;
                    if (length > maxCellChars)
                    {
                        throw Fail(name, "WorkbookSharedStringTooLong", 0, ("index", index + 1), ("limit", maxCellChars));
                    }
                }
            }
        }
    }
}
