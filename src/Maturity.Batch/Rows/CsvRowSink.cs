using System;
using System.Collections.Generic;
using System.IO;

namespace Maturity.Batch.Rows;

/// <summary>Writes result rows as CSV (RFC 4180 quoting) in a <see cref="CsvDialect"/>, applying the output cell
/// rules: numeric columns in the dialect's spelling, text cells protected against formula injection.</summary>
public sealed class CsvRowSink : IBatchRowSink
{
    private readonly TextWriter _writer;
    private readonly CsvDialect _dialect;
    private readonly char[] _needsQuotes;
    private BatchColumnKind[] _kinds = [];

    /// <summary>Creates the sink.</summary>
    /// <param name="writer">Where the CSV goes (UTF-8; the sink writes the BOM when the dialect has one); not disposed.</param>
    /// <param name="dialect">The spelling: <see cref="CsvDialect.En"/> or <see cref="CsvDialect.Fr"/>.</param>
    public CsvRowSink(TextWriter writer, CsvDialect dialect)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _dialect = dialect ?? throw new ArgumentNullException(nameof(dialect));
        // ';' is quoted in both dialects (a spreadsheet may split on it whatever the file says); ',' only where it separates.
        _needsQuotes = [dialect.Separator, ';', '"', '\r', '\n'];
    }

    /// <summary>The dialect written.</summary>
    public CsvDialect Dialect => _dialect;

    /// <inheritdoc />
    public void WriteHeader(IReadOnlyList<string> columns)
    {
        if (columns is null)
        {
            throw new ArgumentNullException(nameof(columns));
        }

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
    public void WriteRow(IReadOnlyList<string> values) => WriteLine(values ?? throw new ArgumentNullException(nameof(values)), cellRules: true);

    /// <inheritdoc />
    public void Complete() => _writer.Flush();

    private void WriteLine(IReadOnlyList<string> values, bool cellRules)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(_dialect.Separator);
            }

            var v = values[i] ?? string.Empty;
            if (cellRules && v.Length > 0)
            {
                var kind = i < _kinds.Length ? _kinds[i] : BatchColumnKind.Text;
                v = kind != BatchColumnKind.Text && OutputCell.TryNumber(v, out _) ? _dialect.FormatNumber(v, kind) : OutputCell.Neutralise(v);
            }

            if (v.IndexOfAny(_needsQuotes) < 0)
            {
                _writer.Write(v);
            }
            else
            {
                _writer.Write('"');
                _writer.Write(v.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
        }

        _writer.Write(_dialect.NewLine);
    }
}
