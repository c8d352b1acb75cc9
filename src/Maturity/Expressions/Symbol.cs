using System.Collections.Generic;

namespace Maturity.Expressions;

/// <summary>An identifier resolved by an <see cref="ISymbolScope"/>.</summary>
internal sealed class Symbol
{
    public Symbol(string name, SymbolKind kind, int slot, ValueKind type, IReadOnlyList<string>? options = null)
    {
        Name = name;
        Kind = kind;
        Slot = slot;
        Type = type;
        Options = options ?? [];
    }

    /// <summary>The identifier as written.</summary>
    public string Name { get; }

    public SymbolKind Kind { get; }

    /// <summary>Question slot or node slot, depending on <see cref="Kind"/>.</summary>
    public int Slot { get; }

    public ValueKind Type { get; }

    /// <summary>For <see cref="ValueKind.Choice"/> and <see cref="ValueKind.Multi"/>: option ids, lowest first.</summary>
    public IReadOnlyList<string> Options { get; }
}
