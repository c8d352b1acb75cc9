using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Text;
using Maturity.Batch;
using Maturity.Catalog;
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
        if (!File.Exists(inputPath))
        {
            stderr.WriteLine("maturity: input not found: " + inputPath);
            return ExitCodes.Usage;
        }

        if (RulesOption.LoadForAssessment(rulesPath, stderr, out var exit) is not var (catalog, _))
        {
            return exit;
        }

        var runner = new BatchRunner(catalog, inputPath, stderr);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var watch = Stopwatch.StartNew();
        using var reader = new StreamReader(inputPath, utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var csv = new StreamWriter(outputPath, append: false, utf8, bufferSize: 1 << 16);
        using var jsonl = jsonPath is null ? null : new StreamWriter(jsonPath, append: false, utf8, bufferSize: 1 << 16);
        var progress = new BatchProgress(stderr, interactive: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
        var summary = runner.Run(reader, csv, jsonl, progress.Report);
        progress.Done(summary.Rows);
        stdout.WriteLine(FormattableString.Invariant(
            $"{summary.Rows} rows: {summary.Scored} scored, {summary.Failed} failed, in {watch.Elapsed.TotalSeconds:0.0} s → {outputPath}"));
        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
