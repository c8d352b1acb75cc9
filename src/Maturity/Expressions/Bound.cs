
namespace Maturity.Expressions;

/// <summary>A type-checked operand: its kind, where it starts, and what is needed to build its parent.</summary>
internal sealed class Bound
{
    public Bound(BoundKind kind, int start, BoolNode? boolean = null, NumberNode? number = null, Symbol? symbol = null, string? text = null)
    {
        Kind = kind;
        Start = start;
        Boolean = boolean;
        Number = number;
        Symbol = symbol;
        Text = text;
    }

    public BoundKind Kind { get; }

    public int Start { get; }

    public BoolNode? Boolean { get; }

    /// <summary>Number value; for a choice question its option index.</summary>
    public NumberNode? Number { get; }

    /// <summary>Set when the operand is a bare identifier.</summary>
    public Symbol? Symbol { get; }

    /// <summary>The value of a string literal.</summary>
    public string? Text { get; }

    /// <summary>The question slot to check for "missing" when this operand is compared; -1 for none.</summary>
    public int GuardSlot => Symbol is { Kind: SymbolKind.Question } q ? q.Slot : -1;

    public static Bound Error(int start) => new(BoundKind.Error, start);

    public static Bound OfBoolean(int start, BoolNode node) => new(BoundKind.Boolean, start, boolean: node);

    public static Bound OfNumber(int start, NumberNode node) => new(BoundKind.Number, start, number: node);
}
