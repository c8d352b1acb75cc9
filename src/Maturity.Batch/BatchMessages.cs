using System.Collections.Generic;
using System.Resources;
using Maturity.Diagnostics;

namespace Maturity.Batch;

/// <summary>What batch says about an input, one factory per message: the name is the key in BatchMessages.resx
/// (English) and BatchMessages.fr.resx (French). Diagnostics render them in the reader's language (the French
/// dialect's error column, the tool's language on stderr) and in English in JSON Lines.</summary>
internal static class BatchMessages
{
    public static ResourceManager Resources { get; } = new("Maturity.Batch.BatchMessages", typeof(BatchMessages).Assembly);

    public static Diagnostic EmptyInput(SourceLocation at) => Error(DiagnosticCodes.CsvRow, at, nameof(EmptyInput), null);

    public static Diagnostic HeaderUnreadable(string code, SourceLocation at, Diagnostic problem) =>
        Error(code, at, nameof(HeaderUnreadable), null, ("problem", problem));

    public static Diagnostic SameColumnName(SourceLocation at, int first, string firstName, int second, string secondName) =>
        Error(DiagnosticCodes.CsvRow, at, nameof(SameColumnName), secondName, ("first", first), ("firstName", firstName), ("second", second), ("secondName", secondName));

    public static Diagnostic NoIdColumn(SourceLocation at) => Error(DiagnosticCodes.CsvRow, at, nameof(NoIdColumn), "id");

    public static Diagnostic HeaderInvalid(Diagnostic headerError, SourceLocation at) =>
        Error(headerError.Code, at, nameof(HeaderInvalid), headerError.Target, ("problem", headerError));

    public static Diagnostic FewerFields(SourceLocation at, int fields, int header) =>
        Error(DiagnosticCodes.CsvRow, at, nameof(FewerFields), null, ("fields", fields), ("header", header));

    public static Diagnostic ExtraFields(SourceLocation at, int fields, int header, int first, IReadOnlyList<string> values) =>
        Error(DiagnosticCodes.CsvRow, at, nameof(ExtraFields), null, ("fields", fields), ("extra", fields - header), ("header", header), ("first", first), ("values", values));

    public static Diagnostic EmployeesNotWhole(SourceLocation at, string text) =>
        Error(DiagnosticCodes.InvalidCompany, at, nameof(EmployeesNotWhole), "employees", ("text", text));

    public static Diagnostic ColumnNotAQuestion(SourceLocation at, string column, string ruleSet) =>
        Error(DiagnosticCodes.UnknownQuestion, at, nameof(ColumnNotAQuestion), column, ("column", column), ("ruleSet", ruleSet));

    public static Diagnostic InvalidUtf8(SourceLocation at) => Error(DiagnosticCodes.InvalidEncoding, at, nameof(InvalidUtf8), null);

    public static Diagnostic RowTooLong(SourceLocation at, int limit) => Error(DiagnosticCodes.CsvRow, at, nameof(RowTooLong), null, ("limit", limit));

    public static Diagnostic QuoteNeverClosed(SourceLocation at, int line, int field) =>
        Error(DiagnosticCodes.CsvRow, at, nameof(QuoteNeverClosed), null, ("line", line), ("field", field));

    public static Diagnostic QuoteTooLong(SourceLocation at, int line, int field, int limit) =>
        Error(DiagnosticCodes.CsvRow, at, nameof(QuoteTooLong), null, ("line", line), ("field", field), ("limit", limit));

    public static Diagnostic Workbook(SourceLocation at, string key, params (string Name, object Value)[] arguments) =>
        Error(DiagnosticCodes.WorkbookNotReadable, at, key, null, arguments);

    private static Diagnostic Error(string code, SourceLocation at, string key, string? target, params (string Name, object Value)[] arguments)
    {
        var args = new KeyValuePair<string, object>[arguments.Length];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = new KeyValuePair<string, object>(arguments[i].Name, arguments[i].Value);
        }

        return new Diagnostic(code, DiagnosticSeverity.Error, at, Resources, key, args, target);
    }
}
