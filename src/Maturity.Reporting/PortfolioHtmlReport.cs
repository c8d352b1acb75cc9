using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Maturity.Internal;
using Maturity.Reporting.Html;
using Maturity.Reporting.Portfolio;

namespace Maturity.Reporting;

/// <summary>Renders a <see cref="PortfolioAnalysis"/> as a self-contained HTML page (inline CSS and SVG, no
/// script, no external resource; prints on A4): score distributions per sector, territory and size band
/// (box plots and tables), level distribution, per-dimension statistics, sector leaders, and the movers
/// between two campaigns when a <see cref="CampaignProgress"/> is given. Every text from rule files and
/// answers is HTML-encoded; the markup is XHTML-compatible. Stateless and thread-safe.</summary>
public static class PortfolioHtmlReport
{
    private static readonly string[] LevelFills = ["#c6d8ea", "#a9c3de", "#8aadd1", "#5f8dbd", "#3a6ea5", "#1f4e79", "#163a5b", "#0b2740"];

    /// <summary>Renders <paramref name="portfolio"/>.</summary>
    /// <param name="portfolio">The campaign's analysis.</param>
    /// <param name="language">Report language, <c>fr</c> or <c>en</c>.</param>
    /// <param name="progress">Optional comparison with an earlier campaign (<see cref="CampaignComparison.Compare"/>).</param>
    /// <param name="leaderShare">Share of each sector shown as leaders (default the top decile).</param>
    public static string Render(PortfolioAnalysis portfolio, string language = "en", CampaignProgress? progress = null, double leaderShare = PortfolioAnalysis.DefaultLeaderShare)
    {
        Guard.NotNull(portfolio);

        var t = ReportWords.For(language);
        var lang = t.Lang;
        var f = t.Format;
        var sb = new StringBuilder(32 * 1024);
        HtmlPage.Begin(sb, lang, t.PortfolioTitle);
        sb.Append("<header>\n<h1>").Append(E(t.PortfolioTitle)).Append("</h1>\n");
        var dates = portfolio.Entries.Where(e => e.AssessedOn.HasValue).Select(e => e.AssessedOn!.Value).ToList();
        if (dates.Count > 0)
        {
            var (first, last) = (dates.Min(), dates.Max());
            sb.Append("<p class=\"meta\">").Append(E(first == last ? f.Date(first) : Capitalize(t.Since) + " " + f.Date(first) + " " + t.Until + " " + f.Date(last))).Append("</p>\n");
        }

        sb.Append("<p class=\"note\">").Append(E(t.PercentNote)).Append("</p>\n</header>\n");

        sb.Append("<section class=\"cards\">\n");
        Card(sb, t.Firms, f.Whole(portfolio.Overall?.Count ?? 0));
        Card(sb, t.Sectors, f.Whole(portfolio.BySector.Count));
        if (portfolio.ByReferenceModel.Count > 0)
        {
            var assessed = portfolio.ByReferenceModel.Sum(g => g.Count);
            Card(sb, t.ReferenceModels, f.Whole(portfolio.ByReferenceModel.Count), f.Count(assessed, t.Assessment, t.Assessments, 0));
        }

        if (portfolio.Overall is { } all)
        {
            Card(sb, t.Median, f.Number(all.Overall.Median));
            Card(sb, t.Mean, f.Number(all.Overall.Mean));
        }

        sb.Append("</section>\n");

        Groups(sb, t.BySector, null, t.Sector, portfolio.BySector, g => SectorName(g, lang), t);
        Groups(sb, t.ReferenceModels, t.ReferenceNote, t.Model, portfolio.ByReferenceModel, g => SectorName(g, lang), t);
        Groups(sb, t.ByTerritory, null, t.Territory, portfolio.ByTerritory, g => g.Key == PortfolioAnalysis.UnknownKey ? t.Unknown : t.Department + " " + g.Key, t);
        Groups(sb, t.BySize, null, t.Size, portfolio.BySizeBand, g => SizeName(g.Key, t), t);
        var ruleSets = portfolio.BySector.Concat(portfolio.ByReferenceModel).ToList();

        // level distribution
        if (ruleSets.Count > 0)
        {
            sb.Append("<section>\n<h2>").Append(E(t.LevelDistribution)).Append("</h2>\n<table class=\"levels\">\n<thead><tr><th>").Append(E(t.Sector))
              .Append("</th><th class=\"n\">n</th><th>").Append(E(t.LevelDistribution)).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var g in ruleSets)
            {
                if (portfolio.ByReferenceModel.Count > 0 && g == portfolio.ByReferenceModel[0])
                {
                    sb.Append("<tr><th colspan=\"3\">").Append(E(t.ReferenceModels)).Append("</th></tr>\n");
                }

                sb.Append("<tr><td>").Append(E(SectorName(g, lang))).Append("</td><td class=\"n\">").Append(f.Whole(g.Count)).Append("</td><td>")
                  .Append(LevelBar(g, f)).Append("<div class=\"note\">")
                  .Append(E(string.Join(" · ", g.Levels.Select(l => f.Labelled(LevelName(l.Title, l.LevelId, lang, t), f.Whole(l.Count)))))).Append("</div></td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n</section>\n");
        }

        // dimensions by sector
        if (ruleSets.Any(g => g.Dimensions.Count > 0))
        {
            sb.Append("<section>\n<h2>").Append(E(t.DimensionsBySector)).Append("</h2>\n");
            foreach (var g in ruleSets.Where(g => g.Dimensions.Count > 0))
            {
                sb.Append("<h3>").Append(E(SectorName(g, lang))).Append(" <span class=\"note\">(n\u00A0=\u00A0").Append(f.Whole(g.Count)).Append(")</span></h3>\n");
                var quartiles = g.Dimensions.All(d => d.Distribution.HasQuartiles);
                sb.Append("<table class=\"dimstats\">\n<thead><tr><th>").Append(E(t.Dimension)).Append("</th><th class=\"n\">n</th>")
                  .Append(quartiles ? "<th class=\"n\">Q1</th><th class=\"n\">" + E(t.Median) + "</th><th class=\"n\">Q3</th>" : "<th>" + E(t.Values) + "</th>")
                  .Append("<th class=\"n\">").Append(E(t.Mean)).Append("</th></tr></thead>\n<tbody>\n");
                foreach (var d in g.Dimensions)
                {
                    var s = d.Distribution;
                    sb.Append("<tr><td>").Append(E(d.Title?.Get(lang) ?? d.Id)).Append("</td><td class=\"n\">").Append(f.Whole(s.Count)).Append("</td>")
                      .Append(quartiles ? Num(s.Q1, f) + Num(s.Median, f) + Num(s.Q3, f) : "<td>" + E(Values(s, f)) + "</td>").Append(Num(s.Mean, f)).Append("</tr>\n");
                }

                sb.Append("</tbody>\n</table>\n");
                if (!quartiles)
                {
                    sb.Append("<p class=\"note\">").Append(E(t.FewFirmsNote)).Append("</p>\n");
                }
            }

            sb.Append("</section>\n");
        }

        // leaders
        var leaders = portfolio.Leaders(leaderShare);
        sb.Append("<section>\n<h2>").Append(E(t.Leaders)).Append("</h2>\n");
        if (leaders.Count > 0)
        {
            sb.Append("<table class=\"leaders\">\n<thead><tr><th>").Append(E(t.Sector)).Append("</th><th>").Append(E(t.Company)).Append("</th><th>").Append(E(t.Territory))
              .Append("</th><th>").Append(E(t.Size)).Append("</th><th class=\"n\">").Append(E(t.Score)).Append("</th><th>").Append(E(t.Level)).Append("</th><th class=\"n\">")
              .Append(E(t.Percentile)).Append("</th><th class=\"n\">").Append(E(t.Rank)).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var r in leaders)
            {
                var e = r.Entry;
                sb.Append("<tr><td>").Append(E(e.SectorTitle?.Get(lang) ?? e.Sector)).Append("</td><td>").Append(E(e.CompanyName ?? e.CompanyId)).Append("</td><td>")
                  .Append(E(e.Territory ?? "—")).Append("</td><td class=\"nw\">").Append(E(SizeName(PortfolioAnalysis.SizeKey(e.SizeBand), t))).Append("</td>")
                  .Append(Num(e.Percent, f)).Append("<td>").Append(E(LevelName(e.LevelTitle, e.LevelId, lang, t))).Append("</td>")
                  .Append(Num(r.Percentile, f)).Append("<td class=\"n\">").Append(E(f.Whole(r.Rank) + " / " + f.Whole(r.PeerCount))).Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }
        else
        {
            sb.Append("<p>").Append(E(t.NoMovers)).Append("</p>\n");
        }

        sb.Append("</section>\n");

        if (progress is not null)
        {
            Progress(sb, progress, lang, t);
        }

        HtmlPage.End(sb, t.Generated);
        return sb.ToString();
    }

    private static void Progress(StringBuilder sb, CampaignProgress progress, string lang, ReportWords t)
    {
        sb.Append("<section>\n<h2>").Append(E(t.Progress)).Append("</h2>\n<div class=\"cards\">\n");
        var f = t.Format;
        Card(sb, t.Matched, f.Whole(progress.Firms.Count));
        if (progress.Deltas is { } d)
        {
            Card(sb, t.Mean + " (" + t.Change + ")", f.Change(d.Mean));
            Card(sb, t.Median + " (" + t.Change + ")", f.Change(d.Median));
        }

        Card(sb, t.Joined, f.Whole(progress.Joined.Count));
        Card(sb, t.Left, f.Whole(progress.Left.Count));
        sb.Append("</div>\n");
        Movers(sb, t.Rises, progress.Improvers, lang, t);
        Movers(sb, t.Falls, progress.Decliners, lang, t);
        sb.Append("</section>\n");
    }

    private static void Movers(StringBuilder sb, string title, IReadOnlyList<FirmProgress> movers, string lang, ReportWords t)
    {
        sb.Append("<h3>").Append(E(title)).Append("</h3>\n");
        if (movers.Count == 0)
        {
            sb.Append("<p>").Append(E(t.NoMovers)).Append("</p>\n");
            return;
        }

        sb.Append("<table class=\"movers\">\n<thead><tr><th>").Append(E(t.Company)).Append("</th><th>").Append(E(t.Sector)).Append("</th><th class=\"n\">").Append(E(t.Before))
          .Append("</th><th class=\"n\">").Append(E(t.After)).Append("</th><th class=\"n\">").Append(E(t.Change)).Append("</th><th>").Append(E(t.Level)).Append("</th><th>")
          .Append(E(t.BiggestDimension)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var m in movers)
        {
            var a = m.After;
            var b = m.Before;
            var biggest = m.Dimensions.Where(x => x.Delta.HasValue).OrderByDescending(x => Math.Abs(x.Delta!.Value)).ThenBy(x => x.Id, StringComparer.Ordinal).FirstOrDefault();
            var f = t.Format;
            sb.Append("<tr><td>").Append(E(a.CompanyName ?? a.CompanyId)).Append("</td><td>").Append(E(a.SectorTitle?.Get(lang) ?? a.Sector)).Append("</td>")
              .Append(Num(b.Percent, f)).Append(Num(a.Percent, f)).Append("<td class=\"n ").Append(m.Delta >= 0 ? "up" : "down").Append("\">").Append(E(f.Change(m.Delta))).Append("</td><td>")
              .Append(E(LevelName(b.LevelTitle, b.LevelId, lang, t) + " → " + LevelName(a.LevelTitle, a.LevelId, lang, t))).Append("</td><td>")
              .Append(biggest is null ? "—" : E((biggest.Title?.Get(lang) ?? biggest.Id) + " " + f.Change(biggest.Delta!.Value))).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void Groups(StringBuilder sb, string heading, string? intro, string column, IReadOnlyList<GroupStats> groups, Func<GroupStats, string> name, ReportWords t)
    {
        if (groups.Count == 0)
        {
            return;
        }

        var f = t.Format;
        sb.Append("<section>\n<h2>").Append(E(heading)).Append("</h2>\n");
        if (intro is not null)
        {
            sb.Append("<p class=\"note\">").Append(E(intro)).Append("</p>\n");
        }

        sb.Append(BoxPlotChart.Render(groups.Select(g => (name(g), g.Overall)).ToList(), heading, f)).Append('\n');
        var few = groups.Any(g => !g.Overall.HasQuartiles);
        sb.Append("<p class=\"legend\">");
        if (groups.Any(g => g.Overall.HasQuartiles))
        {
            sb.Append("<span><i class=\"sw box\"></i>").Append(E(t.BoxLegend)).Append("</span>");
        }

        if (few)
        {
            sb.Append("<span><i class=\"sw value\"></i>").Append(E(t.ValuesLegend)).Append("</span>");
        }

        sb.Append("</p>\n");
        var quartiles = groups.Any(g => g.Overall.HasQuartiles);
        sb.Append("<table class=\"groups\">\n<thead><tr><th>").Append(E(column)).Append("</th><th class=\"n\">n</th><th class=\"n\">").Append(E(t.Mean)).Append("</th>")
          .Append(quartiles ? "<th class=\"n\">Min</th><th class=\"n\">Q1</th><th class=\"n\">" + E(t.Median) + "</th><th class=\"n\">Q3</th><th class=\"n\">Max</th>" : "<th>" + E(t.Values) + "</th>")
          .Append("</tr></thead>\n<tbody>\n");
        foreach (var g in groups)
        {
            var s = g.Overall;
            sb.Append("<tr><td>").Append(E(name(g))).Append("</td><td class=\"n\">").Append(f.Whole(g.Count)).Append("</td>").Append(Num(s.Mean, f));
            sb.Append(s.HasQuartiles
                ? Num(s.Min, f) + Num(s.Q1, f) + Num(s.Median, f) + Num(s.Q3, f) + Num(s.Max, f)
                : quartiles ? "<td colspan=\"5\" class=\"values\">" + E(f.Labelled(t.Values, Values(s, f))) + "</td>" : "<td class=\"values\">" + E(Values(s, f)) + "</td>");
            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        if (few)
        {
            sb.Append("<p class=\"note\">").Append(E(t.FewFirmsNote)).Append("</p>\n");
        }

        sb.Append("</section>\n");
    }

    private static string Values(Distribution d, HumanFormat f) => string.Join(" · ", d.Values.Select(v => f.Number(v)));

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    private static string LevelBar(GroupStats g, HumanFormat f)
    {
        const double width = 420;
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 420 18\" role=\"img\" style=\"max-width:420px\">");
        var x = 0.0;
        var maxIndex = Math.Max(1, g.Levels.Max(l => l.LevelIndex ?? 0));
        foreach (var l in g.Levels)
        {
            var w = width * l.Share;
            var shade = l.LevelIndex is { } i ? (int)Math.Round((LevelFills.Length - 1) * (double)i / maxIndex) : -1;
            var fill = shade >= 0 ? LevelFills[shade] : "#eceff3";
            sb.Append("<rect x=\"").Append(HtmlText.C(x)).Append("\" y=\"0\" width=\"").Append(HtmlText.C(w)).Append("\" height=\"18\" fill=\"").Append(fill)
              .Append("\" stroke=\"#ffffff\" stroke-width=\"1\"><title>").Append(E(f.Labelled(l.LevelId ?? "-", f.Whole(l.Count)))).Append("</title></rect>");
            if (w >= 18)
            {
                sb.Append("<text x=\"").Append(HtmlText.C(x + (w / 2))).Append("\" y=\"13\" text-anchor=\"middle\" class=\"").Append(shade >= 3 ? "level-text-dark" : "level-text").Append("\">")
                  .Append(f.Whole(l.Count)).Append("</text>");
            }

            x += w;
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string SectorName(GroupStats g, string lang) => g.Title?.Get(lang) ?? g.Key;

    private static string LevelName(Maturity.Model.Label? title, string? id, string lang, ReportWords t) => title?.Get(lang) ?? id ?? t.NoLevel;

    private static string SizeName(string key, ReportWords t) => key switch
    {
        "micro" => t.Micro,
        "small" => t.Small,
        "medium" => t.Medium,
        "large" => t.Large,
        _ => t.Unknown,
    };

    private static string Num(double v, HumanFormat f) => "<td class=\"n\">" + f.Number(v) + "</td>";

    private static string E(string? text) => HtmlText.Encode(text);

    private static void Card(StringBuilder sb, string key, string value, string? sub = null)
    {
        sb.Append("<div class=\"card\"><div class=\"k\">").Append(E(key)).Append("</div><div class=\"v\">").Append(E(value)).Append("</div>");
        if (sub is not null)
        {
            sb.Append("<div class=\"s\">").Append(E(sub)).Append("</div>");
        }

        sb.Append("</div>\n");
    }
}
