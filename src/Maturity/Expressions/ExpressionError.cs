using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>A problem found while parsing or type-checking an expression, located by its
/// zero-based character offset in the expression text; the loader maps it to a line and column.</summary>
internal readonly struct ExpressionError
{
    public ExpressionError(int offset, string code, LocalizedMessage text)
    {
        Offset = offset;
        Code = code;
        Text = text;
    }

    public int Offset { get; }

    /// <summary>Diagnostic code, e.g. MAT050.</summary>
    public string Code { get; }

    /// <summary>The message, rendered in the reader's language when shown.</summary>
    public LocalizedMessage Text { get; }

    /// <summary>The message in English.</summary>
    public string Message => Text.ToString();
}
