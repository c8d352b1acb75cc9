using System;

namespace Maturity.Expressions;

/// <summary>Bounds on the size of an expression, checked while it is compiled so hostile input is
/// rejected with a diagnostic instead of exhausting the stack or the CPU.</summary>
internal sealed class ExpressionLimits
{
    /// <summary>Default <see cref="MaxLength"/>: 1 000 characters.</summary>
    public const int DefaultMaxLength = 1000;

    /// <summary>Default <see cref="MaxDepth"/>: 32 nesting levels.</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>The largest accepted <see cref="MaxDepth"/>; deeper nesting is never needed and would
    /// let a configuration re-open the deep-recursion hazard the limit exists to close.</summary>
    public const int MaxSupportedDepth = 256;

    /// <summary>Creates limits.</summary>
    /// <param name="maxLength">Longest accepted expression, in characters (at least 1).</param>
    /// <param name="maxDepth">Deepest accepted nesting (1 to <see cref="MaxSupportedDepth"/>).</param>
    public ExpressionLimits(int maxLength = DefaultMaxLength, int maxDepth = DefaultMaxDepth)
    {
        if (maxLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "The maximum expression length must be at least 1.");
        }

        if (maxDepth < 1 || maxDepth > MaxSupportedDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "The maximum expression depth must be between 1 and 256.");
        }

        MaxLength = maxLength;
        MaxDepth = maxDepth;
    }

    /// <summary>The defaults (1 000 characters, 32 levels).</summary>
    public static ExpressionLimits Default { get; } = new ExpressionLimits();

    /// <summary>Longest accepted expression text, in characters (MAT055 beyond).</summary>
    public int MaxLength { get; }

    /// <summary>Deepest accepted nesting: every parenthesis, function call, <c>not</c> and unary minus
    /// opens one level (MAT056 beyond).</summary>
    public int MaxDepth { get; }
}
