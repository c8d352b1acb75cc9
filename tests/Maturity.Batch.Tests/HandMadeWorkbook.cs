using System.IO;
using System.IO.Compression;
using System.Text;

namespace Maturity.Batch.Tests;

/// <summary>Builds .xlsx files part by part, so tests can make what no spreadsheet program writes: gaps between rows,
/// damaged XML, oversized shared strings, zip bombs.</summary>
internal static class HandMadeWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A one-sheet workbook whose sheet data is <paramref name="sheetData"/> (the XML inside &lt;sheetData&gt;).</summary>
    public static byte[] WithSheet(string sheetData, string? sharedStrings = null, string sheetName = "Firms", string? dimension = null) =>
        Zip(zip =>
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + Main + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            var rels = "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
            if (sharedStrings is not null)
            {
                rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
                Add(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + Main + "\">" + sharedStrings + "</sst>");
            }

            Add(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
            Add(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + Main + "\">" + (dimension is null ? string.Empty : "<dimension ref=\"" + dimension + "\"/>") + "<sheetData>" + sheetData + "</sheetData></worksheet>");
        });

    /// <summary>An inline-string cell.</summary>
    public static string Text(string reference, string text) => "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";

    /// <summary>A numeric cell.</summary>
    public static string Number(string reference, string value) => "<c r=\"" + reference + "\"><v>" + value + "</v></c>";

    /// <summary>A row.</summary>
    public static string Row(int number, params string[] cells) => "<row r=\"" + number + "\">" + string.Concat(cells) + "</row>";

    /// <summary>A zip whose one entry named <paramref name="entry"/> expands to <paramref name="bytes"/> zero bytes.</summary>
    public static byte[] Bomb(string entry, long bytes) =>
        Zip(zip =>
        {
            Add(zip, "xl/workbook.xml", "<workbook/>");
            using var part = zip.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 16];
            for (long written = 0; written < bytes; written += zeros.Length)
            {
                part.Write(zeros, 0, zeros.Length);
            }
        });

    private static byte[] Zip(System.Action<ZipArchive> fill)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(zip);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
