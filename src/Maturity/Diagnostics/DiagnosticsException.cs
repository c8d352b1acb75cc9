using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Internal;

namespace Maturity.Diagnostics;

/// <summary>Thrown when input (rule sets, answers) is invalid; carries every diagnostic, not only the first.</summary>
public sealed class DiagnosticsException : Exception
{
    /// <summary>Creates the exception from a list of diagnostics (at least one error expected).</summary>
    public DiagnosticsException(string summary, IReadOnlyList<Diagnostic> diagnostics)
        : base(BuildMessage(summary, diagnostics))
    {
        Diagnostics = Guard.NotNull(diagnostics);
    }

    /// <summary>Every diagnostic found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string BuildMessage(string summary, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics?.Count(d => d.IsError) ?? 0;
        var lines = diagnostics is null ? string.Empty : string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
        return summary + " (" + errors.ToString(System.Globalization.CultureInfo.InvariantCulture) + " error(s))" + Environment.NewLine + lines;
    }
}
