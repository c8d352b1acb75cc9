using System.Collections.Generic;

namespace Maturity.Batch.Rows;

/// <summary>One data row of a batch input: its cells, where it is, and why it could not be read if it could not.</summary>
public sealed class BatchInputRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="line">The input line (1-based) where the row starts.</param>
    /// <param name="lineCount">How many physical lines the row spans (a quoted cell may hold line breaks).</param>
    /// <param name="cells">The cells, unquoted; empty when the row could not be read.</param>
    /// <param name="problem">Why the row could not be read (an unclosed quote, a row too long...), or null.</param>
    public BatchInputRow(int line, int lineCount, IReadOnlyList<string> cells, BatchRowProblem? problem = null)
    {
        Line = line;
        LineCount = lineCount;
        Cells = cells;
        Problem = problem;
    }

    /// <summary>The input line (1-based) where the row starts.</summary>
    public int Line { get; }

    /// <summary>How many physical lines the row spans.</summary>
    public int LineCount { get; }

    /// <summary>The cells, unquoted.</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>Why the row could not be read, or null.</summary>
    public BatchRowProblem? Problem { get; }
}

/// <summary>A row the source could not read: its diagnostic code, the field (1-based) and the message.</summary>
public sealed class BatchRowProblem
{
    /// <summary>Creates the problem.</summary>
    /// <param name="code">A <c>MATnnn</c> code.</param>
    /// <param name="field">The 1-based field number the problem is at.</param>
    /// <param name="message">What is wrong, for the adviser.</param>
    public BatchRowProblem(string code, int field, string message)
    {
        Code = code;
        Field = field;
        Message = message;
    }

    // The reading sources' own problems: the message in both languages, located once the runner knows the file.
    internal BatchRowProblem(int field, System.Func<Maturity.Diagnostics.SourceLocation, Maturity.Diagnostics.Diagnostic> describe)
    {
        var probe = describe(Maturity.Diagnostics.SourceLocation.FileOnly(string.Empty));
        Code = probe.Code;
        Field = field;
        Message = probe.Message;
        Describe = describe;
    }

    /// <summary>The problem as a diagnostic at <c>at</c>, in the reader's language; null for a problem given as text.</summary>
    internal System.Func<Maturity.Diagnostics.SourceLocation, Maturity.Diagnostics.Diagnostic>? Describe { get; }

    /// <summary>A <c>MATnnn</c> code.</summary>
    public string Code { get; }

    /// <summary>The 1-based field number the problem is at.</summary>
    public int Field { get; }

    /// <summary>What is wrong, for the adviser.</summary>
    public string Message { get; }
}
