using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Maturity.Diagnostics;

namespace Maturity.Answers;

/// <summary>An answers file read: the sheet (null when the file is unusable) and every diagnostic.</summary>
public sealed class AnswerFileResult
{
    internal AnswerFileResult(AnswerSheet? sheet, IReadOnlyList<Diagnostic> diagnostics)
    {
        Sheet = sheet;
        Diagnostics = diagnostics;
    }

    /// <summary>The answers, or null when the file has errors.</summary>
    public AnswerSheet? Sheet { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when no diagnostic is an error.</summary>
    [MemberNotNullWhen(true, nameof(Sheet))]
    public bool Success => Sheet is not null && Diagnostics.All(d => !d.IsError);
}
