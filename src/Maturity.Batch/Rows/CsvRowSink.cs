using System;
using System.Collections.Generic;
using System.IO;

namespace Maturity.Batch.Rows;

/// <summary>Writes result rows as CSV (RFC 4180 quoting) with the input's separator.</summary>
public sealed class CsvRowSink : IBatchRowSink
{
    private static readonly char[] NeedsQuotes = [',', ';', '"', '\r', '\n'];
    private readonly TextWriter _writer;
    private readonly char _separator;

    /// <summary>Creates the sink.</summary>
    /// <param name="writer">Where the CSV goes; not disposed.</param>
    /// <param name="separator">',' or ';'.</param>
    public CsvRowSink(TextWriter writer, char separator)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _separator = separator;
    }

    /// <inheritdoc />
    public void WriteHeader(IReadOnlyList<string> columns) => WriteRow(columns);

    /// <inheritdoc />
    public void WriteRow(IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(_separator);
            }

            var v = values[i] ?? string.Empty;
            if (v.IndexOfAny(NeedsQuotes) < 0)
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

        _writer.Write('\n');
    }

    /// <inheritdoc />
    public void Complete() => _writer.Flush();
}
