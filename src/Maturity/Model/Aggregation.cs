namespace Maturity.Model;

/// <summary>How a node combines its children's scores.</summary>
public enum Aggregation
{
    /// <summary>Weighted mean (the default).</summary>
    Mean,

    /// <summary>Weighted sum.</summary>
    Sum,

    /// <summary>The lowest child.</summary>
    Min,

    /// <summary>The highest child.</summary>
    Max,

    /// <summary>An expression over the children.</summary>
    Formula,
}
