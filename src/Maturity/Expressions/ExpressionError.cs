namespace Maturity.Expressions;

/// <summary>A problem found while parsing or type-checking an expression, located by its
/// zero-based character offset in the expression text; the loader maps it to a line and column.</summary>
internal readonly struct ExpressionError
{
    public ExpressionError(int offset, string code, string message)
    {
        Offset = offset;
        Code = code;
        Message = message;
    }

    public int Offset { get; }

    /// <summary>Diagnostic code, e.g. MAT050.</summary>
    public string Code { get; }

    public string Message { get; }
}
