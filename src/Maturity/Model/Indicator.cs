using Maturity.Expressions;

namespace Maturity.Model;

/// <summary>A named figure a rule set computes with every assessment, such as the Eurostat DII's
/// "at least basic level" (<c>score &gt;= 4</c>): a condition or a number over answers, node scores,
/// the overall score and the level reached. Immutable.</summary>
public sealed class Indicator
{
    internal Indicator(string id, Label title, string expression, IndicatorKind kind, int index, CompiledExpression compiled)
    {
        Id = id;
        Title = title;
        Expression = expression;
        Kind = kind;
        Index = index;
        Compiled = compiled;
    }

    /// <summary>Indicator id: the JSON key and the batch column's suffix.</summary>
    public string Id { get; }

    /// <summary>Display name (the id when the rule set gives none).</summary>
    public Label Title { get; }

    /// <summary>The expression, as written.</summary>
    public string Expression { get; }

    /// <summary>Whether the value is a condition or a number.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Declaration order (inherited indicators first).</summary>
    public int Index { get; }

    internal CompiledExpression Compiled { get; }
}
