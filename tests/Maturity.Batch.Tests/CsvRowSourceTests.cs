using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Batch.Rows;

namespace Maturity.Batch.Tests;

public sealed class CsvRowSourceTests
{
    [Fact]
    public void ReadRow_UnclosedQuoteMidFile_EndsItsRowAtTheQuoteLine_AndReadsTheFollowingRows()
    {
        var rows = ReadAll("id,name\nA,ok\nB,\"never closed\nC,fine\nD,fine\n", out var source);

        rows.Select(r => r.Line).Should().Equal(2, 3, 4, 5);
        rows[1].Problem!.Code.Should().Be("MAT091");
        rows[1].Problem!.Message.Should().Contain("quote opened at line 3, field 2");
        rows[2].Cells.Should().Equal("C", "fine");
        rows[3].Cells.Should().Equal("D", "fine");
        Accounted(source, rows).Should().Be(5);
    }

    [Fact]
    public void ReadRow_QuotedLineBreak_IsOneRowOverTwoLines()
    {
        var rows = ReadAll("id,name\nA,\"two\nlines\"\nB,x\n", out var source);

        rows.Should().HaveCount(2);
        rows[0].Cells.Should().Equal("A", "two\nlines");
        rows[0].LineCount.Should().Be(2);
        rows[1].Line.Should().Be(4);
        Accounted(source, rows).Should().Be(4);
    }

    [Fact]
    public void ReadRow_FieldLongerThanTheLimit_IsAnErrorForThatRowOnly()
    {
        var rows = ReadAll("id,name\nA," + new string('x', 500) + "\nB,short\n", out var source, maxRowChars: 100);

        rows.Should().HaveCount(2);
        rows[0].Problem!.Message.Should().Contain("longer than 100 characters");
        rows[1].Cells.Should().Equal("B", "short");
        Accounted(source, rows).Should().Be(3);
    }

    [Fact]
    public void ReadRow_QuotedFieldLongerThanTheLimit_IsAnErrorForThatRow_AndReadingGoesOn()
    {
        var rows = ReadAll("id,name\nA,\"" + new string('x', 500) + "\"\nB,short\n", out var source, maxRowChars: 100);

        rows.Should().HaveCount(2);
        rows[0].Problem.Should().NotBeNull();
        rows[1].Cells.Should().Equal("B", "short");
        Accounted(source, rows).Should().Be(3);
    }

    [Fact]
    public void ReadRow_ReplacementCharacter_IsText_ButAnInvalidByteIsMAT002()
    {
        var bytes = Encoding.UTF8.GetBytes("id,name\nA,caf\uFFFD\nB,x").Concat(new byte[] { 0xC3 }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        using var source = CsvRowSource.Open(new MemoryStream(bytes));

        var a = source.ReadRow()!;
        var b = source.ReadRow()!;

        a.Problem.Should().BeNull();
        a.Cells[1].Should().Be("caf\uFFFD");
        b.Problem!.Code.Should().Be("MAT002");
        b.Problem.Field.Should().Be(2);
    }

    [Fact]
    public void ReadRow_BlankLines_AreNotRows_ButAreCounted()
    {
        var rows = ReadAll("id\r\n\r\nA\r\n\r\n", out var source);

        rows.Should().ContainSingle().Which.Cells.Should().Equal("A");
        source.BlankLines.Should().Be(2);
        source.LinesRead.Should().Be(4);
    }

    [Fact]
    public void Open_EndlessInput_ReadsNoMoreThanTheLimitPerRow()
    {
        // /dev/zero as a stream: NUL bytes without a line break. Reading stops at the end of the stream given
        // here (64 MiB), having kept no more than one buffer and the row limit in memory.
        var endless = new CountingStream(64 << 20);
        using var source = CsvRowSource.Open(endless, maxRowChars: 1000);

        source.Header.Should().BeEmpty();
        source.HeaderProblem!.Message.Should().Contain("longer than 1000 characters");
        source.ReadRow().Should().BeNull();
        endless.BytesRead.Should().Be(64 << 20);
    }

    [Fact]
    public void Header_Semicolons_AreDetected()
    {
        using var source = new CsvRowSource(new StringReader("id;name\nA;\"x;y\"\n"));

        source.Separator.Should().Be(';');
        source.ReadRow()!.Cells.Should().Equal("A", "x;y");
    }

    private static List<BatchInputRow> ReadAll(string text, out CsvRowSource source, int maxRowChars = CsvRowSource.DefaultMaxRowChars)
    {
        source = new CsvRowSource(new StringReader(text), maxRowChars);
        var rows = new List<BatchInputRow>();
        while (source.ReadRow() is { } row)
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Header line + every row's lines + blank lines: must equal the lines read.</summary>
    private static long Accounted(CsvRowSource source, List<BatchInputRow> rows) =>
        1 + rows.Sum(r => r.LineCount) + source.BlankLines;

    /// <summary>A stream of NUL bytes of a given length that counts what was read from it.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new System.NotSupportedException();

        public override long Position { get => BytesRead; set => throw new System.NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)System.Math.Min(count, length - BytesRead);
            System.Array.Clear(buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
    }
}
