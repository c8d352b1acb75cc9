using System;
using System.Collections.Generic;

namespace Maturity.Batch.Rows;

/// <summary>Where batch rows come from (a CSV file, a spreadsheet...). Reads forward once; memory must not grow
/// with the number of rows, and every physical line of the input must end up in a row, a blank line or the header.</summary>
public interface IBatchRowSource : IDisposable
{
    /// <summary>The column names of the header; null when the input is empty (no header at all).</summary>
    IReadOnlyList<string>? Header { get; }

    /// <summary>Why the header cannot be used (duplicate or unreadable names), or null.</summary>
    BatchRowProblem? HeaderProblem { get; }

    /// <summary>The physical lines read so far: the header's, every row's and the blank lines.</summary>
    long LinesRead { get; }

    /// <summary>Blank lines skipped so far (they are not rows).</summary>
    long BlankLines { get; }

    /// <summary>The next row, or null at the end of the input.</summary>
    BatchInputRow? ReadRow();
}
