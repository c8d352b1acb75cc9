using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Maturity.Batch.Rows;
using Maturity.Diagnostics;
using MiniExcelLibs;
using static Maturity.Batch.Tests.HandMadeWorkbook;

namespace Maturity.Batch.Tests;

public sealed class XlsxRowsTests
{
    private static readonly string[] Columns = ["line", "status", "error", "id", "name", "score", "coverage", "dim_digital"];

    [Fact]
    public void Sink_ThenSource_GivesBackEveryCell_NumbersTypedAndTextNeutralised()
    {
        using var file = new MemoryStream();
        using (var sink = new XlsxRowSink(file))
        {
            sink.WriteHeader(Columns);
            sink.WriteRow(["2", "ok", "", "A1", "Dupont & fils", "56.666667", "0.256", "12.5"]);
            sink.WriteRow(["3", "error", "MAT076: the company id is empty", "=HYPERLINK(\"x\")", "@SUM(A1)", "", "", ""]);
            sink.WriteRow(["4", "ok", "", "-3", "+33 1 23", "0", "1", "-0.5"]);
            sink.Complete();
        }

        file.Position = 0;
        var raw = MiniExcel.Query(file, useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray()).ToArray();
        raw.Should().HaveCount(4);
        raw[0].Should().Equal(Columns);
        raw[1].Should().Equal(2d, "ok", null, "A1", "Dupont & fils", 56.666667, 0.256, 12.5);
        raw[2].Should().Equal(3d, "error", "MAT076: the company id is empty", "'=HYPERLINK(\"x\")", "'@SUM(A1)", null, null, null);
        raw[3].Should().Equal(4d, "ok", null, "'-3", "'+33 1 23", 0d, 1d, -0.5);

        file.Position = 0;
        using var source = XlsxRowSource.Open(new MemoryStream(file.ToArray()), "results.xlsx", null, XlsxRowSource.DefaultMaxCellChars);
        source.Header.Should().Equal(Columns);
        var first = source.ReadRow()!;
        first.Line.Should().Be(2);
        first.Cells.Should().Equal("2", "ok", "", "A1", "Dupont & fils", "56.666667", "0.256", "12.5");
    }

    [Fact]
    public void Sink_WritesAFrozenFilteredHeader_ColumnWidths_AndNumberFormats()
    {
        using var file = new MemoryStream();
        using (var sink = new XlsxRowSink(file))
        {
            sink.WriteHeader(Columns);
            sink.WriteRow(["2", "ok", "", "A1", "Dupont", "56.5", "0.25", "12.5"]);
            sink.Complete();
        }

        using var zip = new ZipArchive(new MemoryStream(file.ToArray()));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open()).ReadToEnd();
        sheet.Should().Contain("state=\"frozen\"").And.Contain("ySplit=\"1\"").And.Contain("autoFilter ref=\"A1:H2\"");
        sheet.Should().Contain("<x:col min=\"3\" max=\"3\" width=\"60");
        styles.Should().Contain("formatCode=\"0.0%\"").And.Contain("formatCode=\"0.0#\"");
    }

    [Fact]
    public void Sink_EmptyValues_AreTrulyEmptyCells_NotEmptyText()
    {
        using var file = new MemoryStream();
        using (var sink = new XlsxRowSink(file))
        {
            sink.WriteHeader(Columns);
            sink.WriteRow(["2", "error", "MAT076: the company id is empty", "", "", "", "", ""]);
            sink.Complete();
        }

        using var zip = new ZipArchive(new MemoryStream(file.ToArray()));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        sheet.Should().NotContain("<x:v></x:v>", "an empty value is no text cell: a mostly empty workbook would double in size");
        System.Text.RegularExpressions.Regex.Matches(sheet, "<x:c r=\"[D-H]2\" s=\"\\d+\"></x:c>").Should().HaveCount(5);
    }

    [Fact]
    public void Sink_WithoutRows_StillWritesTheHeader()
    {
        using var file = new MemoryStream();
        using (var sink = new XlsxRowSink(file))
        {
            sink.WriteHeader(Columns);
            sink.Complete();
        }

        using var source = XlsxRowSource.Open(new MemoryStream(file.ToArray()), "results.xlsx", null, XlsxRowSource.DefaultMaxCellChars);
        source.Header.Should().Equal(Columns);
        source.ReadRow().Should().BeNull();
    }

    [Fact]
    public void Sink_ManyRows_OneOutputRowPerRow_InOrder()
    {
        using var file = new MemoryStream();
        using (var sink = new XlsxRowSink(file))
        {
            sink.WriteHeader(["line", "id"]);
            for (var i = 2; i <= 5001; i++)
            {
                sink.WriteRow([i.ToString(System.Globalization.CultureInfo.InvariantCulture), "F" + i]);
            }

            sink.Complete();
        }

        using var source = XlsxRowSource.Open(new MemoryStream(file.ToArray()), "results.xlsx", null, XlsxRowSource.DefaultMaxCellChars);
        var count = 0;
        while (source.ReadRow() is { } row)
        {
            count++;
            row.Line.Should().Be(count + 1);
            row.Cells.Should().Equal(row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), "F" + row.Line);
        }

        count.Should().Be(5000);
    }

    [Fact]
    public void Source_RowsKeepTheirExcelNumber_BlankRowsAreCounted_DatesAndBooleansReadAsText()
    {
        var bytes = WithSheet(
            Row(1, Text("A1", "id"), Text("B1", "date"), Text("C1", "mfa"), Text("D1", "employees")) +
            Row(2, Text("A2", "F1"), Number("B2", "46095"), "<c r=\"C2\" t=\"b\"><v>1</v></c>", Number("D2", "12")) +
            Row(3, Text("A3", " ")) +
            Row(5, Text("A5", "F2"), Number("D5", "7.5")));

        using var source = XlsxRowSource.Open(new MemoryStream(bytes), "firms.xlsx", null, XlsxRowSource.DefaultMaxCellChars);
        source.Header.Should().Equal("id", "date", "mfa", "employees");
        var first = source.ReadRow()!;
        first.Line.Should().Be(2);
        first.Cells.Should().Equal("F1", "46095", "true", "12");
        var second = source.ReadRow()!;
        second.Line.Should().Be(5);
        second.Cells.Should().Equal("F2", "", "", "7.5");
        source.ReadRow().Should().BeNull();
        source.BlankLines.Should().Be(2);
        source.LinesRead.Should().Be(5);
    }

    [Fact]
    public void Source_CellsBeyondTheHeader_AreKept_SoTheRowCanBeRefused()
    {
        var bytes = WithSheet(Row(1, Text("A1", "id"), Text("B1", "name")) + Row(2, Text("A2", "F1"), Text("B2", "Dupont"), Text("D2", "fils")));

        using var source = XlsxRowSource.Open(new MemoryStream(bytes), "firms.xlsx", null, XlsxRowSource.DefaultMaxCellChars);
        source.ReadRow()!.Cells.Should().Equal("F1", "Dupont", "", "fils");
    }

    [Fact]
    public void Source_ASheetByName_OrAClearErrorListingTheSheets()
    {
        var bytes = WithSheet(Row(1, Text("A1", "id")) + Row(2, Text("A2", "F1")), sheetName: "Portefeuille");

        using (var source = XlsxRowSource.Open(new MemoryStream(bytes), "firms.xlsx", "portefeuille", XlsxRowSource.DefaultMaxCellChars))
        {
            source.SheetName.Should().Be("Portefeuille");
            source.ReadRow()!.Cells.Should().Equal("F1");
        }

        var act = () => XlsxRowSource.Open(new MemoryStream(bytes), "firms.xlsx", "Notes", XlsxRowSource.DefaultMaxCellChars);
        act.Should().Throw<DiagnosticsException>().Which.Diagnostics.Single().ToString()
            .Should().Be("firms.xlsx: error MAT095: no sheet 'Notes'; the workbook has: Portefeuille");
    }

    [Theory]
    [InlineData("empty", "the workbook is empty (0 bytes)")]
    [InlineData("text", "not an .xlsx workbook (not a zip archive)")]
    [InlineData("xls", "this is an old Excel 97-2003 (.xls) file")]
    [InlineData("zip", "not an .xlsx workbook (a zip archive without xl/workbook.xml)")]
    [InlineData("truncated", "not an .xlsx workbook (damaged zip archive")]
    public void Source_NotAWorkbook_GivesOneClearDiagnostic(string kind, string message)
    {
        var valid = WithSheet(Row(1, Text("A1", "id")));
        var bytes = kind switch
        {
            "empty" => [],
            "text" => "id;name\nF1;Dupont\n"u8.ToArray(),
            "xls" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
            "zip" => ZipWith("word/document.xml"),
            _ => valid[..(valid.Length - 30)],
        };

        var act = () => XlsxRowSource.Open(new MemoryStream(bytes), "firms.xlsx", null, XlsxRowSource.DefaultMaxCellChars);

        var d = act.Should().Throw<DiagnosticsException>().Which.Diagnostics.Single();
        d.Code.Should().Be(DiagnosticCodes.WorkbookNotReadable);
        d.Message.Should().StartWith(message);
    }

    [Fact]
    public void Source_ZipBomb_IsRefusedFromTheZipDirectory_WithoutExpandingIt()
    {
        var bomb = Bomb("xl/worksheets/sheet1.xml", 256L << 20);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var act = () => XlsxRowSource.Open(new MemoryStream(bomb), "firms.xlsx", null, XlsxRowSource.DefaultMaxCellChars);

        act.Should().Throw<DiagnosticsException>().Which.Diagnostics.Single().Message
            .Should().Contain("entry 'xl/worksheets/sheet1.xml' would expand to 256 MB").And.Contain("possible zip bomb");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(4L << 20);
    }

    [Fact]
    public void Source_HugeSharedString_IsRefused_WithBoundedMemory()
    {
        var huge = new string('x', 300_000);
        var bytes = WithSheet(Row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>"), sharedStrings: "<si><t>id</t></si><si><t>" + huge + "</t></si>");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var act = () => XlsxRowSource.Open(new MemoryStream(bytes), "firms.xlsx", null, 100_000);

        act.Should().Throw<DiagnosticsException>().Which.Diagnostics.Single().Message
            .Should().Be("shared string #2 is longer than 100000 characters; a cell that long is not a firm's answer");
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(huge.Length);
    }

    [Fact]
    public void Source_DamagedSheet_StopsWithTheRowWhereItBroke()
    {
        var bytes = WithSheet(Row(1, Text("A1", "id")) + Row(2, Text("A2", "F1")) + "<row r=\"3\"><c r=\"A3\"><v>1</v></row>", dimension: "A1:A3");

        using var source = XlsxRowSource.Open(new MemoryStream(bytes), "firms.xlsx", null, XlsxRowSource.DefaultMaxCellChars);
        source.ReadRow()!.Line.Should().Be(2);
        var act = () => source.ReadRow();

        var d = act.Should().Throw<DiagnosticsException>().Which.Diagnostics.Single();
        d.Code.Should().Be(DiagnosticCodes.WorkbookNotReadable);
        d.Location.Line.Should().Be(3);
        d.Message.Should().StartWith("the sheet is damaged at row 3");
    }

    private static byte[] ZipWith(string entry)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry(entry).Open());
            w.Write("<document/>");
        }

        return buffer.ToArray();
    }
}
