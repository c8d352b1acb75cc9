using System;
using System.Collections.Generic;
using System.IO;
using Maturity.Internal;

namespace Maturity.Batch.Rows;

/// <summary>Writes result rows as CSV (RFC 4180 quoting) in a <see cref="CsvDialect"/>, applying the output cell
/// rules: numeric columns in the dialect's spelling, text cells protected against formula injection.</summary>
public sealed class CsvRowSink : IBatchRowSink
{
    private readonly TextWriter _writer;
    private readonly CsvDialect _dialect;
    private readonly CsvLineBuilder _line;
    private BatchColumnKind[] _kinds = [];

    /// <summary>Creates the sink.</summary>
    /// <param name="writer">Where the CSV goes (UTF-8; the sink writes the BOM when the dialect has one); not disposed.</param>
    /// <param name="dialect">The spelling: <see cref="CsvDialect.En"/> or <see cref="CsvDialect.Fr"/>.</param>
    public CsvRowSink(TextWriter writer, CsvDialect dialect)
    {
        _writer = Guard.NotNull(writer);
        _dialect = Guard.NotNull(dialect);
        _line = new CsvLineBuilder(dialect);
    }

    /// <summary>The dialect written.</summary>
    public CsvDialect Dialect => _dialect;

    /// <summary>Each column's kind, known once the header is written.</summary>
    internal BatchColumnKind[] Kinds => _kinds;

    /// <inheritdoc />
    public void WriteHeader(IReadOnlyList<string> columns)
    {
        Guard.NotNull(columns);

        _kinds = new BatchColumnKind[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            _kinds[i] = BatchColumns.KindOf(columns[i]);
        }

        // A writer whose encoding has a preamble writes the BOM itself; a second one would show as junk in the first cell.
        if (_dialect.ByteOrderMark && _writer.Encoding.GetPreamble().Length == 0)
        {
            _writer.Write('\uFEFF');
        }

        WriteLine(columns, cellRules: false);
    }

    /// <inheritdoc />
    public void WriteRow(IReadOnlyList<string> values) => WriteLine(Guard.NotNull(values), cellRules: true);

    /// <inheritdoc />
    public void Complete() => _writer.Flush();

    /// <summary>Writes a line a <see cref="CsvLineBuilder"/> of this sink's dialect made (the batch runner's workers format rows themselves).</summary>
    internal void WriteFormatted(ReadOnlySpan<char> line) => _writer.Write(line);

    private void WriteLine(IReadOnlyList<string> values, bool cellRules)
    {
        _line.Clear();
        for (var i = 0; i < values.Count; i++)
        {
            _line.AddText(i, values[i], i < _kinds.Length ? _kinds[i] : BatchColumnKind.Text, cellRules);
        }

        _line.EndLine();
        _writer.Write(_line.Line);
    }
}
