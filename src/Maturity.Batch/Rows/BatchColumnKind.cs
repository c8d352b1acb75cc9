namespace Maturity.Batch.Rows;

/// <summary>What an output column holds, which decides how each output format spells it: a text cell is protected
/// against formula injection, a numeric one is a typed number in a workbook and follows the CSV dialect.</summary>
public enum BatchColumnKind
{
    /// <summary>Text (ids, names, messages): never a number, always protected.</summary>
    Text,

    /// <summary>A whole number (line, headcount).</summary>
    Count,

    /// <summary>Points on the 0..100 scale (score, gaps, gains, dimension scores).</summary>
    Points,

    /// <summary>A share, 0..1 (coverage).</summary>
    Share,

    /// <summary>Any other number (an indicator's value): full precision in every format; a boolean indicator stays text.</summary>
    Value,
}
