using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Batch;
using Maturity.Catalog;
using Maturity.Reporting;
using Maturity.Reporting.Portfolio;
using Maturity.Scoring;

namespace Maturity.Samples.Adviser;

/// <summary>The adviser's analytics step, kept apart from generation and scoring: portfolio analytics of each
/// campaign (Maturity.Reporting.Portfolio), progress between them, and the HTML reports.</summary>
public static class PortfolioReview
{
    /// <summary>Analyses both campaigns, writes the HTML reports into <paramref name="outDir"/> and prints a summary.</summary>
    public static void Run(RuleSetCatalog catalog, List<PortfolioEntry> before, List<PortfolioEntry> after, string secondCsv, string outDir, string language, TextWriter console)
    {
        var first = new PortfolioAnalysis(before);
        var second = new PortfolioAnalysis(after);
        var progress = CampaignComparison.Compare(first, second, topMovers: 5);

        console.WriteLine();
        console.WriteLine("March 2026 campaign — score in % of the rule set's maximum");
        Table(console, "sector", second.BySector, first);
        Table(console, "département", second.ByTerritory, first);
        Table(console, "size band", second.BySizeBand, first);

        console.WriteLine();
        var deltas = progress.Deltas;
        var improved = progress.Firms.Count(f => f.Delta > 0.5);
        var declined = progress.Firms.Count(f => f.Delta < -0.5);
        console.WriteLine(Invariant($"Progress 2025 → 2026: {progress.Firms.Count} firms in both campaigns, {progress.Left.Count} left, {progress.Joined.Count} joined"));
        if (deltas is not null)
        {
            console.WriteLine(Invariant($"  score change (points): mean {deltas.Mean:+0.0;-0.0}, median {deltas.Median:+0.0;-0.0}, Q1 {deltas.Q1:+0.0;-0.0}, Q3 {deltas.Q3:+0.0;-0.0}"));
        }

        console.WriteLine(Invariant($"  improved by more than 0.5 point: {improved}, declined: {declined}, level up: {progress.Firms.Count(f => f.LevelChange > 0)}, level down: {progress.Firms.Count(f => f.LevelChange < 0)}"));
        console.WriteLine("  top movers up:");
        foreach (var f in progress.Improvers)
        {
            console.WriteLine(Mover(f));
        }

        console.WriteLine("  top movers down:");
        foreach (var f in progress.Decliners)
        {
            console.WriteLine(Mover(f));
        }

        var leaders = second.Leaders();
        var podium = leaders.OrderByDescending(r => r.Entry.Percent).ThenBy(r => r.Entry.CompanyId, StringComparer.Ordinal).Take(3).ToList();
        console.WriteLine();
        console.WriteLine(Invariant($"Leaders (top decile of each sector): {leaders.Count} firms; the three highest scores:"));
        foreach (var r in podium)
        {
            var e = r.Entry;
            console.WriteLine(Invariant($"  {e.CompanyId}  {Trim(e.CompanyName, 34),-34} {e.Sector,-12} {e.Percent,5:0.0}  level {e.LevelId}  rank {r.Rank}/{r.PeerCount} in sector"));
        }

        // Reports: the portfolio with its progress, and one firm report per podium firm (re-scored from the CSV,
        // so the scoring pass above never has to hold every full result in memory).
        var portfolioHtml = Path.Combine(outDir, "portfolio-2026.html");
        File.WriteAllText(portfolioHtml, PortfolioHtmlReport.Render(second, language, progress), Encoding.UTF8);
        var wanted = new HashSet<string>(podium.Select(r => r.Entry.CompanyId), StringComparer.Ordinal);
        var results = new Dictionary<string, AssessmentResult>(StringComparer.Ordinal);
        using (var input = new StreamReader(secondCsv, Encoding.UTF8))
        {
            new BatchRunner(catalog, secondCsv, TextWriter.Null).Run(input, TextWriter.Null, null, null, r =>
            {
                if (wanted.Contains(r.Company.Id))
                {
                    results[r.Company.Id] = r;
                }
            });
        }

        var written = new List<string> { portfolioHtml };
        foreach (var r in podium)
        {
            if (results.TryGetValue(r.Entry.CompanyId, out var result))
            {
                var path = Path.Combine(outDir, "firm-" + r.Entry.CompanyId + ".html");
                File.WriteAllText(path, FirmHtmlReport.Render(result, language, second.SectorMedians(r.Entry.Sector)), Encoding.UTF8);
                written.Add(path);
            }
        }

        console.WriteLine();
        console.WriteLine("HTML reports:");
        foreach (var path in written)
        {
            console.WriteLine("  " + path);
        }
    }

    private static void Table(TextWriter console, string title, IReadOnlyList<GroupStats> groups, PortfolioAnalysis before)
    {
        console.WriteLine();
        console.WriteLine(Invariant($"  {title,-14} {"firms",6} {"mean",6} {"median",7} {"Q1",6} {"Q3",6}   {"2025 median",11}"));
        foreach (var g in groups)
        {
            var earlier = before.GroupBy(e => KeyLike(title, e)).FirstOrDefault(x => x.Key == g.Key);
            var was = earlier is null ? "" : Invariant($"{earlier.Overall.Median,6:0.0}");
            console.WriteLine(Invariant($"  {Label(title, g.Key),-14} {g.Count,6} {g.Overall.Mean,6:0.0} {g.Overall.Median,7:0.0} {g.Overall.Q1,6:0.0} {g.Overall.Q3,6:0.0}   {was,11}"));
        }
    }

    private static string KeyLike(string title, PortfolioEntry e) => title switch
    {
        "sector" => e.Sector,
        "département" => e.Territory ?? PortfolioAnalysis.UnknownKey,
        _ => PortfolioAnalysis.SizeKey(e.SizeBand),
    };

    private static string Label(string title, string key) => title == "département" ? key switch
    {
        "02" => "02 Aisne",
        "60" => "60 Oise",
        "80" => "80 Somme",
        _ => key,
    } : key;

    private static string Mover(FirmProgress f) =>
        Invariant($"    {f.CompanyId}  {Trim(f.After.CompanyName, 34),-34} {f.After.Sector,-12} {f.Before.Percent,5:0.0} → {f.After.Percent,5:0.0}  ({f.Delta:+0.0;-0.0})  {f.Before.LevelId} → {f.After.LevelId}");

    private static string Trim(string? s, int max) => s is null ? "" : s.Length <= max ? s : s.Substring(0, max - 1) + "…";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
