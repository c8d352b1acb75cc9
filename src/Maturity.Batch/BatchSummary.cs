namespace Maturity.Batch;

/// <summary>Counts of a batch run: every input row is either scored or failed, never dropped, and every
/// physical input line is the header's, a row's or a blank one.</summary>
public sealed class BatchSummary
{
    /// <summary>False when the input had no header at all (an empty file): nothing was written.</summary>
    public bool HasHeader { get; internal set; }

    /// <summary>Input rows read (excluding the header).</summary>
    public long Rows { get; internal set; }

    /// <summary>Rows scored.</summary>
    public long Scored { get; internal set; }

    /// <summary>Rows that could not be scored (each still has its output row, with its error).</summary>
    public long Failed => Rows - Scored;

    /// <summary>Physical lines read from the input.</summary>
    public long Lines { get; internal set; }

    /// <summary>Lines taken by the header (and blank lines before it).</summary>
    public long HeaderLines { get; internal set; }

    /// <summary>Lines taken by the rows (a row with a quoted line break takes several).</summary>
    public long RowLines { get; internal set; }

    /// <summary>Blank lines after the header, which are not rows.</summary>
    public long BlankLines { get; internal set; }
}
