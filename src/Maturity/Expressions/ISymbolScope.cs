using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>Resolves identifiers while an expression is type-checked. Each use site (a question's
/// <c>when</c>, a level's <c>requires</c>, a formula) supplies its own scope, which decides what may be named there.</summary>
internal interface ISymbolScope
{
    /// <summary>Looks an identifier up.</summary>
    /// <param name="name">The identifier.</param>
    /// <param name="symbol">The symbol when found and allowed.</param>
    /// <param name="notAllowedReason">When the identifier exists but may not be used here: why (the message of MAT057). Null when unknown (MAT051).</param>
    bool TryResolve(string name, out Symbol? symbol, out LocalizedMessage? notAllowedReason);
}
