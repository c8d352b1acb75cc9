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
/// <param name="Code">A <c>MATnnn</c> code.</param>
/// <param name="Field">The 1-based field number the problem is at.</param>
/// <param name="Message">What is wrong, for the adviser.</param>
public sealed record BatchRowProblem(string Code, int Field, string Message);
