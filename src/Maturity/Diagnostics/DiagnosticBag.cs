using System;
using System.Collections.Generic;

namespace Maturity.Diagnostics;

/// <summary>Collects diagnostics so that every problem is reported at once, never only the first.</summary>
internal sealed class DiagnosticBag
{
    // Created on the first diagnostic: an assessment with valid answers makes a bag and never fills it.
    private List<Diagnostic>? _items;

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public IReadOnlyList<Diagnostic> Items => _items ?? (IReadOnlyList<Diagnostic>)Array.Empty<Diagnostic>();

    // Only catalog messages: a diagnostic the library writes reads in the reader's language, never in English only.
    public void Error(string code, SourceLocation location, LocalizedMessage message, string? target = null) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location, target));

    public void Warning(string code, SourceLocation location, LocalizedMessage message, string? target = null) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, location, target));

    public void Add(Diagnostic diagnostic)
    {
        (_items ??= []).Add(diagnostic);
        if (diagnostic.IsError)
        {
            ErrorCount++;
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>Diagnostics sorted by file, line, column, so output is stable whatever the order of discovery.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        if (_items is null)
        {
            return Array.Empty<Diagnostic>();
        }

        var copy = new List<Diagnostic>(_items);
        copy.Sort(DiagnosticComparer.Instance);
        return copy;
    }
}
