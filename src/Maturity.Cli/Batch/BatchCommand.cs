using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Text;
using Maturity.Batch;
using Maturity.Batch.Rows;
using Maturity.Catalog;
using Maturity.Internal;
using Maturity.Loading;

namespace Maturity.Cli.Batch;

/// <summary><c>maturity batch --input firms.csv --out results.csv [--json results.jsonl] [--rules rules]</c>.</summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input", "-i") { Description = "Input CSV (',' or ';' separated, UTF-8), one firm per row.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Output CSV, one row per input row.", Required = true };
        var json = new Option<string?>("--json") { Description = "Also write one JSON result per line (JSON Lines)." };
        var rules = RulesOption.Create();
        var command = new Command("batch", "Score a portfolio CSV; rows that cannot be scored keep their place with their error.") { input, output, json, rules };
        command.SetAction(parse => Execute(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(json), parse.GetValue(rules), stdout, stderr));
        return command;
    }

    private static int Execute(string inputPath, string outputPath, string? jsonPath, string? rulesPath, TextWriter stdout, TextWriter stderr)
    {
        switch (FileFacts.Of(inputPath).Kind)
        {
            case FileKind.Missing:
                stderr.WriteLine("maturity: input not found: " + inputPath);
                return ExitCodes.Usage;
            case FileKind.Directory:
                stderr.WriteLine("maturity: the input is a folder, not a CSV file: " + inputPath);
                return ExitCodes.Usage;
            case FileKind.Special:
                stderr.WriteLine("maturity: the input is not a regular file (a device, FIFO or socket): " + inputPath);
                return ExitCodes.Usage;
        }

        var outputs = jsonPath is null ? new[] { outputPath } : new[] { outputPath, jsonPath };
        if (OutputFile.Problem([inputPath], outputs) is { } problem)
        {
            stderr.WriteLine("maturity: " + problem);
            return ExitCodes.Usage;
        }

        if (RulesOption.LoadForAssessment(rulesPath, stderr, out var exit) is not var (catalog, _))
        {
            return exit;
        }

        var runner = new BatchRunner(catalog, inputPath, stderr);
        var watch = Stopwatch.StartNew();
        BatchSummary summary;
        OutputFile? csvFile = null, jsonFile = null;
        try
        {
            using var source = CsvRowSource.Open(new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
            csvFile = OutputFile.Create(outputPath);
            jsonFile = jsonPath is null ? null : OutputFile.Create(jsonPath);
            using (var csv = new StreamWriter(csvFile.Stream, Utf8, 1 << 16, leaveOpen: true))
            using (var jsonl = jsonFile is null ? null : new StreamWriter(jsonFile.Stream, Utf8, 1 << 16, leaveOpen: true))
            {
                var progress = new BatchProgress(stderr, interactive: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
                summary = runner.RunRows(source, new CsvRowSink(csv, source.Separator), jsonl, progress.Report, null);
                progress.Done(summary.Rows);
            }

            if (!summary.HasHeader)
            {
                // Nothing to write: an earlier result stays as it was.
                return ExitCodes.InvalidInput;
            }

            csvFile.Commit();
            jsonFile?.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("maturity: cannot complete the batch (" + ex.Message + "); earlier outputs are left as they were");
            return ExitCodes.Usage;
        }
        finally
        {
            csvFile?.Dispose();
            jsonFile?.Dispose();
        }

        stdout.WriteLine(FormattableString.Invariant(
            $"{summary.Rows} rows: {summary.Scored} scored, {summary.Failed} failed, in {watch.Elapsed.TotalSeconds:0.0} s → {outputPath}"));
        stdout.WriteLine(FormattableString.Invariant(
            $"{summary.Lines} lines read: {summary.HeaderLines} header, {summary.RowLines} in rows, {summary.BlankLines} blank"));
        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
