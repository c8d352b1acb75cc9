using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Maturity.Batch.Rows;
using Maturity.Diagnostics;

namespace Maturity.Batch;

/// <summary>Where a batch problem is, and how a row's problems read in its error cell: one implementation for
/// the header, the rows and every output.</summary>
internal static class BatchDiagnostics
{
    public static SourceLocation At(string inputName, int line, int field) => new(inputName, line, Math.Max(field, 1));

    /// <summary>A source's reading problem as a diagnostic at its row's line.</summary>
    public static Diagnostic Describe(BatchRowProblem problem, string inputName, int line) =>
        problem.Describe is { } describe
            ? describe(At(inputName, line, problem.Field))
            : new Diagnostic(problem.Code, DiagnosticSeverity.Error, problem.Message, At(inputName, line, problem.Field));

    /// <summary>A row's errors in one cell, <c>MATnnn: message | MATnnn: message</c>, in <paramref name="culture"/>'s language.</summary>
    public static string ErrorText(IReadOnlyList<Diagnostic> errors, CultureInfo? culture)
    {
        var text = new StringBuilder();
        foreach (var e in errors)
        {
            if (text.Length > 0)
            {
                text.Append(" | ");
            }

            text.Append(e.Code).Append(": ").Append(e.GetMessage(culture));
        }

        return text.ToString();
    }
}
