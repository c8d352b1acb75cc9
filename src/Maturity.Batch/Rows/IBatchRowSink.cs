using System.Collections.Generic;

namespace Maturity.Batch.Rows;

/// <summary>Where batch result rows go (a CSV file, a spreadsheet...): a header once, then one row per input row.</summary>
public interface IBatchRowSink
{
    /// <summary>Writes the column names; called once, before any row.</summary>
    void WriteHeader(IReadOnlyList<string> columns);

    /// <summary>Writes one result row, one value per column.</summary>
    void WriteRow(IReadOnlyList<string> values);

    /// <summary>Flushes what is buffered; called once at the end of the run.</summary>
    void Complete();
}
