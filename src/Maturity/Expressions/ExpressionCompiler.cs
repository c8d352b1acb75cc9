using System.Collections.Generic;
using System.Globalization;
using System;
using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>Compiles the expressions of a rule set (<c>when</c>, <c>requires</c>, <c>formula</c>): checks
/// the length, tokenizes, parses, type-checks against a scope and builds an evaluation tree.
/// See docs/expressions.md for the language.</summary>
internal static class ExpressionCompiler
{
    /// <summary>Compiles an expression.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="expected"><see cref="ValueKind.Boolean"/> for conditions, <see cref="ValueKind.Number"/> for formulas,
    /// null for either (indicators).</param>
    /// <param name="scope">Resolves the names the expression may use.</param>
    /// <param name="limits">Length and nesting limits.</param>
    /// <param name="errors">Receives every problem found (offsets are zero-based in <paramref name="text"/>).</param>
    /// <returns>The compiled expression, or null when at least one error was added.</returns>
    public static CompiledExpression? Compile(string text, ValueKind? expected, ISymbolScope scope, ExpressionLimits limits, ICollection<ExpressionError> errors)
    {
        if (expected is not null and not ValueKind.Boolean and not ValueKind.Number)
        {
            throw new ArgumentOutOfRangeException(nameof(expected), expected, "An expression yields a boolean or a number.");
        }

        var found = new List<ExpressionError>();
        CompiledExpression? result = CompileCore(text, expected, scope, limits, found);
        foreach (ExpressionError error in found)
        {
            errors.Add(error);
        }

        return found.Count == 0 ? result : null;
    }

    private static CompiledExpression? CompileCore(string text, ValueKind? expected, ISymbolScope scope, ExpressionLimits limits, List<ExpressionError> errors)
    {
        if (text.Length > limits.MaxLength)
        {
            errors.Add(new ExpressionError(0, DiagnosticCodes.ExpressionTooLong, Messages.ExprTooLong(text.Length, limits.MaxLength)));
            return null;
        }

        List<ExprToken> tokens = ExpressionLexer.Tokenize(text, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        if (tokens.Count == 1)
        {
            errors.Add(new ExpressionError(0, DiagnosticCodes.ExpressionSyntax, Messages.ExprEmpty()));
            return null;
        }

        ExprSyntax? syntax = ExpressionParser.Parse(text, tokens, limits.MaxDepth, errors);
        if (syntax is null)
        {
            return null;
        }

        var binder = new ExpressionBinder(scope, errors);
        Bound root = binder.Bind(syntax);
        binder.CheckResult(root, expected);
        if (errors.Count > 0)
        {
            return null;
        }

        return new CompiledExpression(text, root.Boolean, root.Number, binder.QuestionSlots.ToArray(), binder.NodeSlots.ToArray(), binder.ReferencesOverallScore);
    }
}
