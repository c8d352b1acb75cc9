namespace Maturity.Batch;

/// <summary>Counts of a batch run: every input row is either scored or failed, never dropped.</summary>
public sealed class BatchSummary
{
    /// <summary>Input rows read (excluding the header).</summary>
    public long Rows { get; internal set; }

    /// <summary>Rows scored.</summary>
    public long Scored { get; internal set; }

    /// <summary>Rows that could not be scored (each still has its output row, with its error).</summary>
    public long Failed => Rows - Scored;
}
