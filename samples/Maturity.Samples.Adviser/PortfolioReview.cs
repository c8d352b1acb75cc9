using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Batch;
using Maturity.Catalog;
using Maturity.Reporting;
using Maturity.Reporting.Portfolio;
using Maturity.Scoring;
using Maturity;

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
        console.WriteLine($"Progress 2025 → 2026: {Human.Count(progress.Firms.Count, "firm", "firms", 0)} in both campaigns, {Human.Whole(progress.Left.Count)} left, {Human.Whole(progress.Joined.Count)} joined");
        if (deltas is not null)
        {
            console.WriteLine($"  score change (points): mean {Human.Change(deltas.Mean)}, median {Human.Change(deltas.Median)}, Q1 {Human.Change(deltas.Q1)}, Q3 {Human.Change(deltas.Q3)}");
        }

        console.WriteLine($"  improved by more than {Human.Count(0.5, "point", "points")}: {Human.Whole(improved)}, declined: {Human.Whole(declined)}, level up: {Human.Whole(progress.Firms.Count(f => f.LevelChange > 0))}, level down: {Human.Whole(progress.Firms.Count(f => f.LevelChange < 0))}");
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
        console.WriteLine($"Leaders (top decile of each sector): {Human.Count(leaders.Count, "firm", "firms", 0)}; the three highest scores:");
        foreach (var r in podium)
        {
            var e = r.Entry;
            console.WriteLine($"  {e.CompanyId}  {Trim(e.CompanyName, 34),-34} {e.Sector,-12} {N(e.Percent),5}  level {e.LevelId}  rank {Human.Whole(r.Rank)}/{Human.Whole(r.PeerCount)} in sector");
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
        console.WriteLine($"  {title,-14} {"firms",6} {"mean",6} {"median",7} {"Q1",6} {"Q3",6}   {"2025 median",11}");
        foreach (var g in groups)
        {
            var earlier = before.GroupBy(e => KeyLike(title, e)).FirstOrDefault(x => x.Key == g.Key);
            var was = earlier is null ? "" : N(earlier.Overall.Median);
            console.WriteLine($"  {Label(title, g.Key),-14} {Human.Whole(g.Count),6} {N(g.Overall.Mean),6} {N(g.Overall.Median),7} {N(g.Overall.Q1),6} {N(g.Overall.Q3),6}   {was,11}");
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
        $"    {f.CompanyId}  {Trim(f.After.CompanyName, 34),-34} {f.After.Sector,-12} {N(f.Before.Percent),5} → {N(f.After.Percent),5}  ({Human.Change(f.Delta)})  {f.Before.LevelId} → {f.After.LevelId}";

    private static string Trim(string? s, int max) => s is null ? "" : s.Length <= max ? s : s.Substring(0, max - 1) + "…";

    // The console summary speaks English (the HTML reports follow --lang); numbers go through the library's one formatter.
    private static readonly HumanFormat Human = HumanFormat.English;

    private static string N(double value) => Human.Number(value);
}
