namespace Maturity.Model;

/// <summary>One condition of a level (a <c>requires</c> entry): the expression the engine evaluates and
/// the words an adviser reads instead of it. Immutable.</summary>
public sealed class Gate
{
    internal Gate(string expression, Label? label)
    {
        Expression = expression;
        Label = label;
    }

    /// <summary>The condition as written in the rule file, e.g. <c>dpi_rollout &gt;= 'partial'</c>.</summary>
    public string Expression { get; }

    /// <summary>What the condition means, in words; null when the rule set gives none (lint warns, MAT039).</summary>
    public Label? Label { get; }

    /// <summary>The label in <paramref name="language"/>, or the expression when the gate has no label.</summary>
    public string Describe(string? language) => Label?.Get(language) ?? Expression;

    /// <summary>The expression.</summary>
    public override string ToString() => Expression;
}
