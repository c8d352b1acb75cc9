using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Batch;
using Maturity.Batch.Rows;
using Maturity.Catalog;
using Maturity.Loading;
using Maturity.Reporting.Portfolio;
using Maturity.Samples.Adviser;
using Maturity.Samples.Adviser.Generation;
using Maturity;

// Adviser demo: a seeded synthetic portfolio of Picardie firms assessed in two campaigns (March 2025 and
// March 2026), scored with the batch runner, analysed (sectors, départements, size bands, leaders, progress)
// and reported in HTML.
//   dotnet run --project samples/Maturity.Samples.Adviser [-- --firms 2400 --seed 2026 --out artifacts/adviser]
//   … -- --firms 1000000 --generate-only --one-campaign [--xlsx] --out /tmp/big      (input for the batch benchmark)
const string Usage = "usage: Maturity.Samples.Adviser [--firms N] [--seed S] [--out DIR] [--rules DIR] [--lang fr|en] [--generate-only] [--one-campaign] [--xlsx] [--exact]";
var firms = 2400L;
var seed = 2026;
var outDir = Path.Combine("artifacts", "adviser");
string? rulesDir = null;
var language = "fr";
var generateOnly = false;
var oneCampaign = false;
var exact = false;
var xlsx = false;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
    try
    {
        switch (args[i])
        {
            case "--firms" or "-n":
                firms = long.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                break;
            case "--seed":
                seed = int.Parse(Next(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            case "--out" or "-o":
                outDir = Next();
                break;
            case "--rules" or "-r":
                rulesDir = Next();
                break;
            case "--lang" or "-l":
                language = Next() is "en" ? "en" : "fr";
                break;
            case "--generate-only":
                generateOnly = true;
                break;
            case "--one-campaign":
                oneCampaign = true;
                break;
            case "--exact":
                exact = true;
                break;
            case "--xlsx":
                xlsx = true;
                break;
            case "--help" or "-h":
                Console.WriteLine(Usage);
                Console.WriteLine("  --firms N        firms in the 2025 campaign (default 2400)");
                Console.WriteLine("  --seed S         random seed (default 2026): same seed, same files");
                Console.WriteLine("  --out DIR        output folder (default artifacts/adviser)");
                Console.WriteLine("  --generate-only  write the campaign CSV files and stop (no scoring, no reports)");
                Console.WriteLine("  --one-campaign   write only campaign-2025.csv (with --generate-only; for benchmarks)");
                Console.WriteLine("  --xlsx           also write campaign-2025.xlsx, the same rows as an Excel workbook");
                Console.WriteLine("  --exact          settle 'when' conditions by validating every whole row (slow reference path)");
                return 0;
            default:
                throw new ArgumentException("unknown argument: " + args[i]);
        }
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine(e.Message);
        Console.Error.WriteLine(Usage);
        return 2;
    }
}

if (firms < 1 || (oneCampaign && !generateOnly))
{
    Console.Error.WriteLine(firms < 1 ? "--firms must be at least 1" : "--one-campaign needs --generate-only (the analysis compares two campaigns)");
    return 2;
}

Console.OutputEncoding = Encoding.UTF8;
rulesDir ??= Path.Combine(AppContext.BaseDirectory, "rules");
var loaded = RuleSetLoader.LoadDirectory(rulesDir);
if (!loaded.Success)
{
    foreach (var d in loaded.Diagnostics.Where(d => d.IsError))
    {
        Console.Error.WriteLine(d);
    }

    return 1;
}

var catalog = new RuleSetCatalog(loaded.RuleSets);
Directory.CreateDirectory(outDir);
var clock = Stopwatch.StartNew();
var generator = new PortfolioGenerator(catalog, seed, exact);
var firstCsv = Path.Combine(outDir, "campaign-2025.csv");
var secondCsv = Path.Combine(outDir, "campaign-2026.csv");
GenerationSummary generated;
// UTF-8 with a BOM, like a French spreadsheet's "CSV UTF-8" export.
var utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
using (var first = new StreamWriter(firstCsv, false, utf8Bom, 1 << 20))
using (var second = oneCampaign ? null : new StreamWriter(secondCsv, false, utf8Bom, 1 << 20))
{
    generated = generator.Generate(firms, first, second);
}

var generationTime = clock.Elapsed;

// The console speaks English (the HTML reports follow --lang); numbers a person reads go through the library's one formatter.
var human = HumanFormat.English;
Console.WriteLine($"Synthetic Picardie portfolio (seed {seed.ToString(CultureInfo.InvariantCulture)}): {human.Count(generated.FirstRows, "firm", "firms", 0)} in March 2025, {human.Whole(generated.SecondRows)} in March 2026 ({human.Whole(generated.Left)} left, {human.Whole(generated.Joined)} joined)");
Console.WriteLine("  firms per rule set: " + string.Join(", ", generated.BySector.Select(kv => kv.Key + " " + human.Whole(kv.Value))));
Console.WriteLine($"  generated in {human.Number(generationTime.TotalSeconds)} s ({human.Whole((long)((generated.FirstRows + generated.SecondRows) / Math.Max(generationTime.TotalSeconds, 1e-3)))} rows/s; {human.Whole(generated.Probes)} engine checks to settle 'when' conditions)");
Console.WriteLine("  " + Path.GetFullPath(firstCsv));
if (!oneCampaign)
{
    Console.WriteLine("  " + Path.GetFullPath(secondCsv));
}

if (xlsx)
{
    // The batch's own row source and sink, streaming: the workbook is the CSV's rows, cell for cell.
    var workbookPath = Path.ChangeExtension(firstCsv, ".xlsx");
    using var source = CsvRowSource.Open(File.OpenRead(firstCsv));
    using var file = File.Create(workbookPath);
    using var sink = new XlsxRowSink(file, "firms");
    sink.WriteHeader(source.Header!);
    while (source.ReadRow() is { } row)
    {
        sink.WriteRow(row.Cells);
    }

    sink.Complete();
    Console.WriteLine("  " + Path.GetFullPath(workbookPath));
}

if (generateOnly)
{
    return 0;
}

// Scoring: the same streaming runner as `maturity batch`, in-process; each scored row also becomes a portfolio entry.
var campaigns = new List<List<PortfolioEntry>>();
foreach (var (csv, year) in new[] { (firstCsv, 2025), (secondCsv, 2026) })
{
    clock.Restart();
    var entries = new List<PortfolioEntry>();
    var resultsCsv = Path.Combine(outDir, F($"results-{year}.csv"));
    var resultsJson = Path.Combine(outDir, F($"results-{year}.jsonl"));
    var diagnosticsPath = Path.Combine(outDir, F($"results-{year}.log"));
    BatchSummary scored;
    using (var input = new StreamReader(csv, Encoding.UTF8))
    using (var output = new StreamWriter(resultsCsv, false, new UTF8Encoding(false), 1 << 16)) // the French dialect writes its BOM
    using (var json = new StreamWriter(resultsJson, false, new UTF8Encoding(false), 1 << 16))
    using (var diagnostics = new StreamWriter(diagnosticsPath, false, new UTF8Encoding(false)))
    {
        scored = new BatchRunner(catalog, csv, diagnostics).Run(input, output, json, null, r => entries.Add(PortfolioEntry.FromResult(r)));
    }

    Console.WriteLine($"Scored campaign {year.ToString(CultureInfo.InvariantCulture)}: {human.Count(scored.Rows, "row", "rows", 0)}, {human.Whole(scored.Scored)} ok, {human.Count(scored.Failed, "error", "errors", 0)} in {human.Number(clock.Elapsed.TotalSeconds, 2)} s");
    Console.WriteLine("  " + Path.GetFullPath(resultsCsv));
    Console.WriteLine("  " + Path.GetFullPath(resultsJson));
    if (scored.Failed > 0)
    {
        Console.WriteLine("  row problems: " + Path.GetFullPath(diagnosticsPath));
    }

    campaigns.Add(entries);
}

PortfolioReview.Run(catalog, campaigns[0], campaigns[1], secondCsv, outDir, language, Console.Out);
return 0;

static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
