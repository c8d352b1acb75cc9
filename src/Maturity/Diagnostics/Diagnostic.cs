using System;

namespace Maturity.Diagnostics;

/// <summary>One problem found in a rule file, an answers file or a CSV row: where, how serious,
/// a stable code (<c>MAT0nn</c>, listed in docs/diagnostics.md) and a message. Immutable.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, SourceLocation location)
    {
        if (string.IsNullOrEmpty(code))
        {
            throw new ArgumentException("A diagnostic needs a code.", nameof(code));
        }

        Code = code;
        Severity = severity;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>Stable code, e.g. <c>MAT003</c>.</summary>
    public string Code { get; }

    /// <summary>Error or warning.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Human-readable explanation, in English.</summary>
    public string Message { get; }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>MSBuild canonical form: <c>path(line,col): error MAT0nn: message</c>.</summary>
    public override string ToString() =>
        Location + ": " + (IsError ? "error " : "warning ") + Code + ": " + Message;
}
