using System;
using System.Text;
using Maturity.Scoring;

namespace Maturity.Reporting.Html;

/// <summary>The level ladder of the firm report: a horizontal scale 0..max cut into the levels' bands, a marker at
/// the score. Level titles are written in full, never cut: inside the bands when every title fits its band,
/// otherwise the bands carry their index (0 = lowest, as in the JSON results and in the numbered
/// stages of the shipped models) and a key under the scale gives each its title and threshold, the firm's level in bold.</summary>
internal static class LevelLadder
{
    private const double Width = 900;
    private const double Left = 10;
    private const double Plot = Width - 20;
    private const double BarTop = 22;
    private const double BarHeight = 26;

    // Average advance of an 11px DejaVu Sans character in SVG user units, with a margin: what decides whether
    // a title fits in its band (measured on the longest French titles of the shipped rule sets).
    private const double CharWidth = 6.9;

    private static readonly string[] Fills = ["#c6d8ea", "#a9c3de", "#8aadd1", "#5f8dbd", "#3a6ea5", "#1f4e79", "#163a5b", "#0b2740"];

    public static string Render(AssessmentResult result, ReportWords t)
    {
        var lang = t.Lang;
        var f = t.Format;
        var max = result.MaxScore;
        var levels = result.RuleSet.Levels;
        var bands = new (double X0, double X1, string Fill, bool Reached, bool Dark)[levels.Count];
        var titlesFit = true;
        for (var i = 0; i < levels.Count; i++)
        {
            var from = Math.Max(0, Math.Min(max, levels[i].Min));
            var to = i + 1 < levels.Count ? Math.Max(from, Math.Min(max, levels[i + 1].Min)) : max;
            var x0 = Left + (Plot * from / max);
            var x1 = Left + (Plot * to / max);
            var shade = levels.Count == 1 ? Fills.Length - 1 : (int)Math.Round((Fills.Length - 1) * (double)i / (levels.Count - 1));
            var reached = result.Level is not null && result.Level.Index >= i;
            bands[i] = (x0, x1, reached ? Fills[shade] : "#eceff3", reached, reached && shade >= 3);
            titlesFit &= (levels[i].Title.Get(lang).Length * CharWidth) + 8 <= x1 - x0;
        }

        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").Append(HtmlText.C(Width)).Append(" 74\" role=\"img\"><title>")
          .Append(HtmlText.Encode(t.Level)).Append("</title>");
        for (var i = 0; i < levels.Count; i++)
        {
            var (x0, x1, fill, _, dark) = bands[i];
            var title = levels[i].Title.Get(lang);
            sb.Append("<rect x=\"").Append(HtmlText.C(x0)).Append("\" y=\"").Append(HtmlText.C(BarTop)).Append("\" width=\"").Append(HtmlText.C(Math.Max(0, x1 - x0)))
              .Append("\" height=\"").Append(HtmlText.C(BarHeight)).Append("\" fill=\"").Append(fill).Append("\" stroke=\"#ffffff\" stroke-width=\"2\"><title>")
              .Append(HtmlText.Encode(title)).Append("</title></rect>");
            var shown = titlesFit ? title : x1 - x0 >= 14 ? f.Whole(i) : null;
            if (shown is not null)
            {
                sb.Append("<text class=\"").Append(dark ? "level-text-dark" : "level-text").Append("\" x=\"").Append(HtmlText.C((x0 + x1) / 2)).Append("\" y=\"").Append(HtmlText.C(BarTop + 17))
                  .Append("\" text-anchor=\"middle\">").Append(HtmlText.Encode(shown)).Append("</text>");
            }

            sb.Append("<text class=\"axis-text\" x=\"").Append(HtmlText.C(x0)).Append("\" y=\"").Append(HtmlText.C(BarTop + BarHeight + 14)).Append("\" text-anchor=\"")
              .Append(i == 0 ? "start" : "middle").Append("\">").Append(HtmlText.Encode(f.Number(levels[i].Min))).Append("</text>");
        }

        sb.Append("<text class=\"axis-text\" x=\"").Append(HtmlText.C(Left + Plot)).Append("\" y=\"").Append(HtmlText.C(BarTop + BarHeight + 14)).Append("\" text-anchor=\"end\">")
          .Append(HtmlText.Encode(f.Number(max))).Append("</text>");
        var sx = Left + (Plot * Math.Max(0, Math.Min(1, result.Score / max)));
        sb.Append("<path class=\"marker\" d=\"M").Append(HtmlText.C(sx - 7)).Append(",6 L").Append(HtmlText.C(sx + 7)).Append(",6 L").Append(HtmlText.C(sx)).Append(',').Append(HtmlText.C(BarTop - 1)).Append(" Z\"/>");
        sb.Append("</svg>\n");
        if (!titlesFit)
        {
            sb.Append("<ol class=\"ladder-key\">\n");
            for (var i = 0; i < levels.Count; i++)
            {
                var current = result.Level is not null && result.Level.Index == i;
                sb.Append("<li").Append(current ? " class=\"current\"" : string.Empty).Append("><span class=\"key\" style=\"background:").Append(bands[i].Fill)
                  .Append(bands[i].Dark ? ";color:#ffffff" : string.Empty).Append("\">").Append(f.Whole(i)).Append("</span>")
                  .Append(HtmlText.Encode(levels[i].Title.Get(lang))).Append(" <span class=\"note\">(≥\u00A0").Append(HtmlText.Encode(f.Number(levels[i].Min))).Append(")</span></li>\n");
            }

            sb.Append("</ol>\n");
        }

        return sb.ToString();
    }
}
