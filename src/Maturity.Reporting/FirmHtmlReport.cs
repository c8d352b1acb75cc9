using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Maturity.Model;
using Maturity.Reporting.Html;
using Maturity.Scoring;

namespace Maturity.Reporting;

/// <summary>Renders one assessment as a self-contained HTML page (inline CSS and SVG, no script, no external
/// resource; prints on A4): score, level, a radar of the dimensions against the sector median, the gap to the
/// next level and the ranked recommendations. Every text from rule files and answers is HTML-encoded; the
/// markup is XHTML-compatible. Stateless and thread-safe.</summary>
public static class FirmHtmlReport
{
    /// <summary>Renders <paramref name="result"/>.</summary>
    /// <param name="result">The assessment.</param>
    /// <param name="language">Report language, <c>fr</c> or <c>en</c>; rule-set labels use it when the rule set has it.</param>
    /// <param name="sectorMedians">Optional sector median per dimension id, as a percentage (0–100) of the
    /// dimension's maximum (what <see cref="Portfolio.PortfolioAnalysis.SectorMedians"/> returns); when given,
    /// the radar draws them as a second polygon and the dimension table shows them.</param>
    public static string Render(AssessmentResult result, string language = "en", IReadOnlyDictionary<string, double>? sectorMedians = null)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var lang = string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";
        var t = HtmlWords.For(lang);
        var rs = result.RuleSet;
        var company = result.Company;
        var name = company.Name ?? company.Id;
        var sb = new StringBuilder(16 * 1024);
        HtmlPage.Begin(sb, lang, t.FirmTitle + " — " + name);

        // header
        sb.Append("<header>\n<h1>").Append(E(t.FirmTitle)).Append("</h1>\n");
        sb.Append("<p class=\"company\"><strong>").Append(E(name)).Append("</strong></p>\n");
        var details = new List<string> { company.Id };
        if (company.Naf is not null)
        {
            details.Add("NAF " + NafCode.Describe(company.Naf));
        }

        if (company.Territory is not null)
        {
            details.Add(t.Department + " " + company.Territory);
        }

        if (company.Employees is { } emp)
        {
            details.Add(HtmlText.I(emp) + " " + t.Employees);
        }

        if (company.AssessedOn is { } on)
        {
            details.Add(t.AssessedOn + " " + on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        sb.Append("<p class=\"meta\">").Append(E(string.Join(" · ", details))).Append("</p>\n");
        sb.Append("<p class=\"meta\">").Append(E(t.RuleSet)).Append(" : ".Substring(lang == "fr" ? 0 : 1)).Append(E(rs.Title.Get(lang)))
          .Append(" <code>").Append(E(rs.Id + " " + rs.Version)).Append("</code></p>\n</header>\n");

        // summary cards
        sb.Append("<section class=\"cards\">\n");
        Card(sb, t.Score, HtmlText.F(result.Score) + " / " + HtmlText.F(result.MaxScore), null);
        Card(sb, t.Level, result.Level is null ? t.None : result.Level.Level.Title.Get(lang), null);
        Card(sb, t.Coverage, HtmlText.F(result.Coverage * 100) + " %", t.CoverageSuffix);
        if (result.NextLevel is { } nl)
        {
            Card(sb, t.NextLevel, nl.Level.Title.Get(lang), nl.PointsMissing > 0 ? HtmlText.F(nl.PointsMissing) + " " + t.PointsMissing : t.Unmet + " : " + HtmlText.I(nl.UnmetRequirements.Count));
        }
        else
        {
            Card(sb, t.NextLevel, "—", t.TopReached);
        }

        foreach (var indicator in result.Indicators)
        {
            Card(sb, indicator.Indicator.Title.Get(lang), indicator.Indicator.Kind == IndicatorKind.Boolean ? (indicator.IsTrue ? t.Yes : t.No) : HtmlText.F(indicator.Value), null);
        }

        sb.Append("</section>\n");
        if (rs.Levels.Count > 0 && result.MaxScore > 0)
        {
            sb.Append("<section class=\"ladder\">").Append(LevelLadder(result, lang)).Append("</section>\n");
        }

        // dimensions: radar and table
        var medians = sectorMedians is { Count: > 0 } ? sectorMedians : null;
        sb.Append("<section>\n<h2>").Append(E(t.Dimensions)).Append("</h2>\n<div class=\"chart-row\">\n<div class=\"radar-box\">\n");
        if (result.Dimensions.Count > 0)
        {
            var axes = result.Dimensions.Select(d => new RadarAxis(
                d.Node.Title.Get(lang),
                d.Score,
                d.MaxScore,
                medians is not null && medians.TryGetValue(d.Id, out var m) ? m * d.MaxScore / 100.0 : null,
                d.Score is { } s ? HtmlText.F(s) + (d.MaxScore == 100 ? string.Empty : " / " + HtmlText.F(d.MaxScore)) : t.NotScored));
            var chart = new RadarChart(axes);
            sb.Append(chart.ToSvg(t.RadarTitle)).Append('\n');
            sb.Append("<p class=\"legend\"><span><i class=\"sw\"></i>").Append(E(t.ThisFirm)).Append("</span>");
            if (chart.ReferencePoints is not null)
            {
                sb.Append("<span><i class=\"sw ref\"></i>").Append(E(t.SectorMedian)).Append("</span>");
            }

            sb.Append("</p>\n");
        }

        sb.Append("</div>\n<div>\n<table class=\"dims\">\n<thead><tr><th>").Append(E(t.Dimension)).Append("</th><th class=\"n\">").Append(E(t.DimScore)).Append("</th>");
        if (medians is not null)
        {
            sb.Append("<th class=\"n\">").Append(E(t.SectorMedian)).Append("</th>");
        }

        var anyDimLevel = result.Dimensions.Any(d => d.Level is not null);
        if (anyDimLevel)
        {
            sb.Append("<th>").Append(E(t.Level)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var d in result.Dimensions)
        {
            sb.Append("<tr><td>").Append(E(d.Node.Title.Get(lang))).Append("</td><td class=\"n\">")
              .Append(d.Score is { } s ? E(HtmlText.F(s) + " / " + HtmlText.F(d.MaxScore)) : E(t.NotScored)).Append("</td>");
            if (medians is not null)
            {
                sb.Append("<td class=\"n\">").Append(medians.TryGetValue(d.Id, out var m) ? E(HtmlText.F(m * d.MaxScore / 100.0)) : "—").Append("</td>");
            }

            if (anyDimLevel)
            {
                sb.Append("<td>").Append(d.Level is null ? "—" : E(d.Level.Level.Title.Get(lang))).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</div>\n</div>\n</section>\n");

        // gap to the next level
        sb.Append("<section>\n<h2>").Append(E(t.Gap)).Append("</h2>\n");
        if (result.NextLevel is { } next)
        {
            sb.Append("<p><strong>").Append(E(next.Level.Title.Get(lang))).Append("</strong> (").Append(E(t.Threshold)).Append(" ≥ ").Append(E(HtmlText.F(next.Level.Min))).Append(") — ");
            sb.Append(next.PointsMissing > 0 ? E(HtmlText.F(next.PointsMissing) + " " + t.PointsMissing) : E(t.OnlyGates)).Append("</p>\n");
            if (next.UnmetRequirements.Count > 0)
            {
                sb.Append("<p>").Append(E(t.Unmet)).Append(" :".Substring(lang == "fr" ? 0 : 1)).Append("</p>\n<ul class=\"plain\">\n");
                foreach (var gate in next.UnmetGates)
                {
                    sb.Append("<li>").Append(E(gate.Describe(lang))).Append("</li>\n");
                }

                sb.Append("</ul>\n");
            }
        }
        else
        {
            sb.Append("<p>").Append(E(t.TopReached)).Append("</p>\n");
        }

        sb.Append("</section>\n");

        // recommendations
        sb.Append("<section>\n<h2>").Append(E(t.Recommendations)).Append("</h2>\n");
        if (result.Recommendations.Count == 0)
        {
            sb.Append("<p>").Append(E(t.NoRecommendation)).Append("</p>\n");
        }
        else
        {
            sb.Append("<table class=\"recs\">\n<thead><tr><th class=\"n\">#</th><th>").Append(E(t.Recommendation)).Append("</th><th class=\"n\">").Append(E(t.Gain))
              .Append("</th><th>").Append(E(t.Effort)).Append("</th><th>").Append(E(t.LevelAfter)).Append("</th></tr></thead>\n<tbody>\n");
            var rank = 0;
            foreach (var r in result.Recommendations)
            {
                rank++;
                sb.Append("<tr><td class=\"n\">").Append(HtmlText.I(rank)).Append("</td><td>").Append(E(r.Recommendation.Text.Get(lang)));
                if (r.Recommendation.Links.Count > 0)
                {
                    sb.Append("<div class=\"links\">");
                    foreach (var link in r.Recommendation.Links)
                    {
                        var text = link.Title?.Get(lang) ?? link.Url;
                        if (HtmlText.IsSafeUrl(link.Url))
                        {
                            sb.Append("<a href=\"").Append(E(link.Url)).Append("\">").Append(E(text)).Append("</a> ");
                        }
                        else
                        {
                            sb.Append("<span>").Append(E(text)).Append("</span> ");
                        }
                    }

                    sb.Append("</div>");
                }

                var effort = r.Recommendation.Effort;
                sb.Append("</td><td class=\"n\">+").Append(E(HtmlText.F(r.Gain))).Append(' ').Append(E(t.Points)).Append("</td><td class=\"effort-")
                  .Append(effort switch { Effort.Low => "low", Effort.Medium => "medium", _ => "high" }).Append("\">")
                  .Append(E(effort switch { Effort.Low => t.EffortLow, Effort.Medium => t.EffortMedium, _ => t.EffortHigh })).Append("</td><td>")
                  .Append(r.LevelAfter is null ? "—" : E(r.LevelAfter.Level.Title.Get(lang))).Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        sb.Append("</section>\n");

        if (result.Warnings.Count > 0)
        {
            sb.Append("<section>\n<h2>").Append(E(t.Warnings)).Append("</h2>\n<ul class=\"plain\">\n");
            foreach (var w in result.Warnings)
            {
                sb.Append("<li><code>").Append(E(w.Describe(CultureInfo.GetCultureInfo(lang == "fr" ? "fr-FR" : "en")))).Append("</code></li>\n");
            }

            sb.Append("</ul>\n</section>\n");
        }

        HtmlPage.End(sb, t.Generated + " — " + rs.Id + " " + rs.Version + " — sha256 " + rs.Hash);
        return sb.ToString();
    }

    private static string E(string? text) => HtmlText.Encode(text);

    private static void Card(StringBuilder sb, string key, string value, string? sub)
    {
        sb.Append("<div class=\"card\"><div class=\"k\">").Append(E(key)).Append("</div><div class=\"").Append(value.Length > 14 ? "v small" : "v").Append("\">").Append(E(value)).Append("</div>");
        if (sub is not null)
        {
            sb.Append("<div class=\"s\">").Append(E(sub)).Append("</div>");
        }

        sb.Append("</div>\n");
    }

    /// <summary>A horizontal scale 0..max cut into the levels' bands, a marker at the score.</summary>
    private static string LevelLadder(AssessmentResult result, string lang)
    {
        const double width = 900;
        const double left = 10;
        const double plot = width - 20;
        const double barTop = 22;
        const double barHeight = 26;
        var max = result.MaxScore;
        var levels = result.RuleSet.Levels;
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").Append(HtmlText.C(width)).Append(" 74\" role=\"img\"><title>")
          .Append(E(HtmlWords.For(lang).Level)).Append("</title>");
        string[] fills = ["#c6d8ea", "#a9c3de", "#8aadd1", "#5f8dbd", "#3a6ea5", "#1f4e79", "#163a5b", "#0b2740"];
        for (var i = 0; i < levels.Count; i++)
        {
            var from = Math.Max(0, Math.Min(max, levels[i].Min));
            var to = i + 1 < levels.Count ? Math.Max(from, Math.Min(max, levels[i + 1].Min)) : max;
            var x0 = left + (plot * from / max);
            var x1 = left + (plot * to / max);
            var shade = levels.Count == 1 ? fills.Length - 1 : (int)Math.Round((fills.Length - 1) * (double)i / (levels.Count - 1));
            var reached = result.Level is not null && result.Level.Index >= i;
            sb.Append("<rect x=\"").Append(HtmlText.C(x0)).Append("\" y=\"").Append(HtmlText.C(barTop)).Append("\" width=\"").Append(HtmlText.C(Math.Max(0, x1 - x0)))
              .Append("\" height=\"").Append(HtmlText.C(barHeight)).Append("\" fill=\"").Append(reached ? fills[shade] : "#eceff3").Append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
            var room = (int)Math.Floor((x1 - x0 - 6) / 6.3);
            var title = levels[i].Title.Get(lang);
            if (room >= 3)
            {
                var shown = title.Length > room ? title.Substring(0, room - 1) + "…" : title;
                sb.Append("<text class=\"").Append(reached && shade >= 3 ? "level-text-dark" : "level-text").Append("\" x=\"").Append(HtmlText.C((x0 + x1) / 2)).Append("\" y=\"").Append(HtmlText.C(barTop + 17))
                  .Append("\" text-anchor=\"middle\"><title>").Append(E(title)).Append("</title>").Append(E(shown)).Append("</text>");
            }

            sb.Append("<text class=\"axis-text\" x=\"").Append(HtmlText.C(x0)).Append("\" y=\"").Append(HtmlText.C(barTop + barHeight + 14)).Append("\" text-anchor=\"")
              .Append(i == 0 ? "start" : "middle").Append("\">").Append(E(HtmlText.F(levels[i].Min))).Append("</text>");
        }

        sb.Append("<text class=\"axis-text\" x=\"").Append(HtmlText.C(left + plot)).Append("\" y=\"").Append(HtmlText.C(barTop + barHeight + 14)).Append("\" text-anchor=\"end\">")
          .Append(E(HtmlText.F(max))).Append("</text>");
        var sx = left + (plot * Math.Max(0, Math.Min(1, result.Score / max)));
        sb.Append("<path class=\"marker\" d=\"M").Append(HtmlText.C(sx - 7)).Append(",6 L").Append(HtmlText.C(sx + 7)).Append(",6 L").Append(HtmlText.C(sx)).Append(',').Append(HtmlText.C(barTop - 1)).Append(" Z\"/>");
        sb.Append("</svg>");
        return sb.ToString();
    }
}
