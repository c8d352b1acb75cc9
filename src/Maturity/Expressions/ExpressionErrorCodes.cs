namespace Maturity.Expressions;

/// <summary>The diagnostic codes the expression compiler reports.</summary>
internal static class ExpressionErrorCodes
{
    /// <summary>Syntax error: unexpected character or token, missing parenthesis, bad number or string.</summary>
    public const string Syntax = "MAT050";

    /// <summary>An identifier names no question, node or <c>score</c>.</summary>
    public const string UnknownIdentifier = "MAT051";

    /// <summary>An operand or the whole expression has the wrong type.</summary>
    public const string TypeMismatch = "MAT052";

    /// <summary>A quoted option is not one of the question's options.</summary>
    public const string UnknownOption = "MAT053";

    /// <summary>Unknown function, or wrong number or types of arguments.</summary>
    public const string BadFunctionCall = "MAT054";

    /// <summary>The expression text is longer than <see cref="ExpressionLimits.MaxLength"/>.</summary>
    public const string TooLong = "MAT055";

    /// <summary>The expression nests deeper than <see cref="ExpressionLimits.MaxDepth"/>.</summary>
    public const string TooDeep = "MAT056";

    /// <summary>The identifier exists but may not be named at this place.</summary>
    public const string NotAllowedHere = "MAT057";
}
