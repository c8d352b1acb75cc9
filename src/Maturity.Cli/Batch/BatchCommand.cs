using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Maturity.Batch;
using Maturity.Batch.Rows;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Loading;

namespace Maturity.Cli.Batch;

/// <summary><c>maturity batch --input firms.csv|.xlsx --out results.csv|.xlsx [--json results.jsonl] [--rules rules] [--dialect fr|en|auto] [--sheet name]</c>.</summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input", "-i") { Description = CliMessages.Text(CliMessages.HelpBatchInput()), Required = true };
        var output = new Option<string>("--out", "-o") { Description = CliMessages.Text(CliMessages.HelpBatchOut()), Required = true };
        var dialect = new Option<string>("--dialect") { Description = CliMessages.Text(CliMessages.HelpBatchDialect()), DefaultValueFactory = _ => "auto" };
        dialect.AcceptOnlyFromAmong("auto", "fr", "en");
        var sheet = new Option<string?>("--sheet") { Description = CliMessages.Text(CliMessages.HelpBatchSheet()) };
        var json = new Option<string?>("--json") { Description = CliMessages.Text(CliMessages.HelpBatchJson()) };
        var rules = RulesOption.Create();
        var command = new Command("batch", CliMessages.Text(CliMessages.HelpBatch())) { input, output, json, rules, dialect, sheet };
        command.SetAction(parse => Execute(new BatchPaths(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(json), parse.GetValue(sheet)), parse.GetValue(rules), parse.GetValue(dialect)!, stdout, stderr));
        return command;
    }

    private static int Execute(BatchPaths paths, string? rulesPath, string dialectName, TextWriter stdout, TextWriter stderr)
    {
        var (inputPath, outputPath, jsonPath, _) = paths;
        switch (FileFacts.Of(inputPath).Kind)
        {
            case FileKind.Missing:
                CliMessages.Fail(stderr, CliMessages.InputNotFound(inputPath));
                return ExitCodes.Usage;
            case FileKind.Directory:
                CliMessages.Fail(stderr, CliMessages.InputIsAFolder(inputPath));
                return ExitCodes.Usage;
            case FileKind.Special:
                CliMessages.Fail(stderr, CliMessages.InputNotARegularFile(inputPath));
                return ExitCodes.Usage;
        }

        var outputs = jsonPath is null ? new[] { outputPath } : new[] { outputPath, jsonPath };
        if (OutputFile.Problem([inputPath], outputs) is { } problem)
        {
            CliMessages.Fail(stderr, problem);
            return ExitCodes.Usage;
        }

        if (RulesOption.LoadForAssessment(rulesPath, stderr, out var exit) is not var (catalog, _))
        {
            return exit;
        }

        var watch = Stopwatch.StartNew();
        BatchSummary summary;
        OutputFile? csvFile = null, jsonFile = null;
        var progress = new BatchProgress(stderr, interactive: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);

        // Ctrl+C or a termination signal stops the run between chunks, so the temporary outputs are removed and an
        // earlier result stays as it was, instead of the process dying with a half-written hidden file beside it.
        using var interrupt = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupt.Cancel();
        }

        try
        {
            var dialect = CsvDialect.FromName(dialectName) ?? AutoDialect(paths);
            var runner = new BatchRunner(catalog, inputPath, stderr) { Language = TitleLanguage(dialectName, dialect, paths) };
            csvFile = OutputFile.Create(outputPath);
            jsonFile = jsonPath is null ? null : OutputFile.Create(jsonPath);
            using (var csv = paths.WorkbookOut ? null : new StreamWriter(csvFile.Stream, Utf8, 1 << 16, leaveOpen: true))
            using (var workbook = paths.WorkbookOut ? new XlsxRowSink(csvFile.Stream) : null)
            using (var jsonl = jsonFile is null ? null : new StreamWriter(jsonFile.Stream, Utf8, 1 << 16, leaveOpen: true))
            {
                summary = runner.RunRows(paths.OpenInput, workbook ?? (IBatchRowSink)new CsvRowSink(csv!, dialect), jsonl, progress, null, interrupt.Token);
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
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            CliMessages.Fail(stderr, CliMessages.BatchInterrupted(progress.Rows));
            return ExitCodes.Interrupted;
        }
        catch (DiagnosticsException ex)
        {
            // A workbook that cannot be read (MAT095): nothing is written, an earlier result stays as it was.
            CliMessages.Print(stderr, ex.Diagnostics);

            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CliMessages.Fail(stderr, CliMessages.BatchNotCompleted(ex.Message));
            return ExitCodes.Usage;
        }
        finally
        {
            csvFile?.Dispose();
            jsonFile?.Dispose();
        }

        stdout.WriteLine(CliMessages.Text(CliMessages.BatchDone(summary.Rows, summary.Scored, summary.Failed, Math.Round(watch.Elapsed.TotalSeconds, 1), outputPath)));
        stdout.WriteLine(CliMessages.Text(CliMessages.BatchLines(summary.Lines, summary.HeaderLines, summary.RowLines, summary.BlankLines)));
        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary><c>auto</c>: a CSV input's own dialect (';' is French Excel's); for a workbook input, which has none,
    /// the interface language's.</summary>
    private static CsvDialect AutoDialect(BatchPaths paths)
    {
        if (paths.WorkbookIn)
        {
            return IsFrench(CultureInfo.CurrentUICulture) ? CsvDialect.Fr : CsvDialect.En;
        }

        using var probe = (CsvRowSource)paths.OpenInput();
        return CsvDialect.ForInputSeparator(probe.Separator);
    }

    /// <summary>Titles follow the dialect asked for or found; a workbook output, which has no dialect, follows <c>--dialect</c>
    /// when given, else the interface language.</summary>
    private static string TitleLanguage(string dialectName, CsvDialect dialect, BatchPaths paths) =>
        paths.WorkbookOut && CsvDialect.FromName(dialectName) is null
            ? (IsFrench(CultureInfo.CurrentUICulture) ? "fr" : "en")
            : dialect.Name;

    private static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";

    /// <summary>The files of one run; the format of each follows its extension.</summary>
    private sealed record BatchPaths(string Input, string Output, string? Json, string? Sheet)
    {
        public bool WorkbookIn => IsWorkbook(Input);

        public bool WorkbookOut => IsWorkbook(Output);

        /// <summary>Opens the input from its start (the runner reads it twice).</summary>
        public IBatchRowSource OpenInput() => WorkbookIn
            ? XlsxRowSource.Open(Input, Sheet)
            : CsvRowSource.Open(new FileStream(Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));

        private static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
    }
}
