namespace Maturity.Model;

/// <summary>What an <see cref="Indicator"/> yields, decided from its expression when the rule set loads.</summary>
public enum IndicatorKind
{
    /// <summary>True or false (JSON <c>true</c>/<c>false</c>).</summary>
    Boolean,

    /// <summary>A number.</summary>
    Number,
}
