namespace Maturity.Cli.Batch;

/// <summary>Counts of a batch run: every input row is either scored or failed, never dropped.</summary>
internal sealed class BatchSummary
{
    public long Rows { get; set; }

    public long Scored { get; set; }

    public long Failed => Rows - Scored;
}
