using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>An indicator's value for one assessment. Immutable.</summary>
public sealed class IndicatorResult
{
    internal IndicatorResult(Indicator indicator, double value)
    {
        Indicator = indicator;
        Value = value;
    }

    /// <summary>The indicator definition.</summary>
    public Indicator Indicator { get; }

    /// <summary>Indicator id.</summary>
    public string Id => Indicator.Id;

    /// <summary>The number (rounded to 6 decimals), or 1 / 0 for a condition that is true / false.</summary>
    public double Value { get; }

    /// <summary>For a condition: whether it holds. For a number: whether it is not 0.</summary>
    public bool IsTrue => Value != 0;
}
