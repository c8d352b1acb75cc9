using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Maturity.Internal;
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
        Guard.NotNull(result);

        var t = ReportWords.For(language);
        var lang = t.Lang;
        var f = t.Format;
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
            details.Add(f.Count(emp, t.Employee, t.Employees, 0));
        }

        if (company.AssessedOn is { } on)
        {
            details.Add(t.AssessedOn + " " + f.Date(on));
        }

        sb.Append("<p class=\"meta\">").Append(E(string.Join(" · ", details))).Append("</p>\n");
        sb.Append("<p class=\"meta\">").Append(E(f.Labelled(t.RuleSet, rs.Title.Get(lang))))
          .Append(" <code>").Append(E(rs.Id + " " + rs.Version)).Append("</code></p>\n</header>\n");

        // summary cards
        sb.Append("<section class=\"cards\">\n");
        Card(sb, t.Score, f.Number(result.Score) + " / " + f.Number(result.MaxScore), null);
        Card(sb, t.Level, result.Level is null ? t.None : result.Level.Level.Title.Get(lang), null);
        Card(sb, t.Coverage, f.Percent(result.Coverage), t.CoverageSuffix);
        if (result.NextLevel is { } nl)
        {
            Card(sb, t.NextLevel, nl.Level.Title.Get(lang), nl.PointsMissing > 0 ? f.Count(nl.PointsMissing, t.PointMissing, t.PointsMissing) : f.Labelled(t.Unmet, f.Whole(nl.UnmetGates.Count)));
        }
        else
        {
            Card(sb, t.NextLevel, "—", t.TopReached);
        }

        foreach (var indicator in result.Indicators)
        {
            Card(sb, indicator.Indicator.Title.Get(lang), indicator.Indicator.Kind == IndicatorKind.Boolean ? (indicator.IsTrue ? t.Yes : t.No) : f.Number(indicator.Value), null);
        }

        sb.Append("</section>\n");
        if (rs.Levels.Count > 0 && result.MaxScore > 0)
        {
            sb.Append("<section class=\"ladder\">").Append(LevelLadder.Render(result, t)).Append("</section>\n");
        }

        // dimensions: radar and table
        var medians = sectorMedians is { Count: > 0 } ? sectorMedians : null;
        sb.Append("<section>\n<h2>").Append(E(t.Dimensions)).Append("</h2>\n<div class=\"radar-box\">\n");
        if (result.Dimensions.Count > 0)
        {
            var axes = result.Dimensions.Select(d => new RadarAxis(
                d.Node.Title.Get(lang),
                d.Score,
                d.MaxScore,
                medians is not null && medians.TryGetValue(d.Id, out var m) ? m * d.MaxScore / 100.0 : null,
                d.Score is { } s ? f.Number(s) + (d.MaxScore == 100 ? string.Empty : " / " + f.Number(d.MaxScore)) : t.NotScored));
            var chart = new RadarChart(axes);
            sb.Append(chart.ToSvg(t.RadarTitle, format: f)).Append('\n');
            sb.Append("<p class=\"legend\"><span><i class=\"sw\"></i>").Append(E(t.ThisFirm)).Append("</span>");
            if (chart.ReferencePoints is not null)
            {
                sb.Append("<span><i class=\"sw ref\"></i>").Append(E(t.SectorMedian)).Append("</span>");
            }

            sb.Append("</p>\n");
        }

        sb.Append("</div>\n<table class=\"dims\">\n<thead><tr><th>").Append(E(t.Dimension)).Append("</th><th class=\"n\">").Append(E(t.DimScore)).Append("</th>");
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
              .Append(d.Score is { } s ? E(f.Number(s) + " / " + f.Number(d.MaxScore)) : E(t.NotScored)).Append("</td>");
            if (medians is not null)
            {
                sb.Append("<td class=\"n\">").Append(medians.TryGetValue(d.Id, out var m) ? E(f.Number(m * d.MaxScore / 100.0)) : "—").Append("</td>");
            }

            if (anyDimLevel)
            {
                sb.Append("<td>").Append(d.Level is null ? "—" : E(d.Level.Level.Title.Get(lang))).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");

        // gap to the next level
        sb.Append("<section>\n<h2>").Append(E(t.Gap)).Append("</h2>\n");
        if (result.NextLevel is { } next)
        {
            sb.Append("<p><strong>").Append(E(next.Level.Title.Get(lang))).Append("</strong> (").Append(E(t.Threshold)).Append(" ≥\u00A0").Append(E(f.Number(next.Level.Min))).Append(") — ");
            sb.Append(next.PointsMissing > 0 ? E(f.Count(next.PointsMissing, t.PointMissing, t.PointsMissing)) : E(t.OnlyGates)).Append("</p>\n");
            if (next.UnmetGates.Count > 0)
            {
                sb.Append("<p>").Append(E(f.Labelled(t.Unmet, string.Empty).TrimEnd())).Append("</p>\n<ul class=\"gates\">\n");
                foreach (var gate in next.UnmetGates)
                {
                    sb.Append("<li><strong>").Append(E(gate.Describe(lang))).Append("</strong><div class=\"note\">");
                    var meeting = result.RecommendationsMeeting(gate);
                    sb.Append(meeting.Count == 0 ? E(t.NotMetByAny)
                        : E(f.Labelled(t.MetBy, string.Join(" · ", meeting.Select(m => t.RankSign + f.Whole(TextReport.Rank(result, m)) + " " + m.Recommendation.Text.Get(lang))))));
                    sb.Append("</div></li>\n");
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
                sb.Append("<tr><td class=\"n\">").Append(f.Whole(rank)).Append("</td><td>").Append(E(r.Recommendation.Text.Get(lang)));
                if (r.UnlocksNextLevel)
                {
                    sb.Append(" <span class=\"badge\">").Append(E(t.Unlocks)).Append("</span>");
                }

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
                sb.Append("</td><td class=\"n\">+").Append(E(f.Count(r.Gain, t.Point, t.Points))).Append("</td><td class=\"effort-")
                  .Append(effort switch { Effort.Low => "low", Effort.Medium => "medium", _ => "high" }).Append("\">")
                  .Append(E(t.EffortWord(effort))).Append("</td><td>")
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
                sb.Append("<li><code>").Append(E(w.Describe(TextReport.Culture(t)))).Append("</code></li>\n");
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
}
