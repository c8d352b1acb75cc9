namespace Maturity.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input is usable; something looks wrong or suspicious.</summary>
    Warning = 0,

    /// <summary>The input cannot be used as it is.</summary>
    Error = 1,
}
