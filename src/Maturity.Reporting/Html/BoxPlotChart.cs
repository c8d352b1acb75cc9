using System.Collections.Generic;
using System.Text;
using Maturity.Reporting.Portfolio;

namespace Maturity.Reporting.Html;

/// <summary>Horizontal box plots on a 0–100 scale, one row per group: whiskers min–max, box Q1–Q3, bar at
/// the median, dot at the mean, n at the right.</summary>
internal static class BoxPlotChart
{
    private const double Width = 900;
    private const double LabelWidth = 270;
    private const double CountWidth = 50;
    private const double RowHeight = 28;
    private const double Top = 8;
    private const int LabelChars = 34;

    public static string Render(IReadOnlyList<(string Label, Distribution Stats)> rows, string title)
    {
        var plotLeft = LabelWidth;
        var plotWidth = Width - LabelWidth - CountWidth - 10;
        var height = Top + (rows.Count * RowHeight) + 24;
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").Append(HtmlText.C(Width)).Append(' ').Append(HtmlText.C(height))
          .Append("\" role=\"img\"><title>").Append(HtmlText.Encode(title)).Append("</title>");
        double X(double v) => plotLeft + (plotWidth * System.Math.Max(0, System.Math.Min(100, v)) / 100.0);
        var bottom = Top + (rows.Count * RowHeight);
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            sb.Append("<line class=\"grid-line\" x1=\"").Append(HtmlText.C(X(tick))).Append("\" y1=\"").Append(HtmlText.C(Top)).Append("\" x2=\"").Append(HtmlText.C(X(tick)))
              .Append("\" y2=\"").Append(HtmlText.C(bottom)).Append("\"/>");
            sb.Append("<text class=\"axis-text\" text-anchor=\"middle\" x=\"").Append(HtmlText.C(X(tick))).Append("\" y=\"").Append(HtmlText.C(bottom + 15)).Append("\">")
              .Append(HtmlText.I(tick)).Append("</text>");
        }

        sb.Append("<text class=\"axis-text\" text-anchor=\"middle\" x=\"").Append(HtmlText.C(Width - (CountWidth / 2))).Append("\" y=\"").Append(HtmlText.C(bottom + 15)).Append("\">n</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, d) = rows[i];
            var mid = Top + (i * RowHeight) + (RowHeight / 2);
            var shown = label.Length > LabelChars ? label.Substring(0, LabelChars - 1) + "…" : label;
            sb.Append("<text class=\"row-label\" x=\"").Append(HtmlText.C(LabelWidth - 10)).Append("\" y=\"").Append(HtmlText.C(mid + 4)).Append("\" text-anchor=\"end\"><title>")
              .Append(HtmlText.Encode(label)).Append("</title>").Append(HtmlText.Encode(shown)).Append("</text>");
            sb.Append("<line class=\"whisker\" x1=\"").Append(HtmlText.C(X(d.Min))).Append("\" y1=\"").Append(HtmlText.C(mid)).Append("\" x2=\"").Append(HtmlText.C(X(d.Max)))
              .Append("\" y2=\"").Append(HtmlText.C(mid)).Append("\"/>");
            foreach (var end in new[] { d.Min, d.Max })
            {
                sb.Append("<line class=\"whisker\" x1=\"").Append(HtmlText.C(X(end))).Append("\" y1=\"").Append(HtmlText.C(mid - 6)).Append("\" x2=\"").Append(HtmlText.C(X(end)))
                  .Append("\" y2=\"").Append(HtmlText.C(mid + 6)).Append("\"/>");
            }

            sb.Append("<rect class=\"box\" x=\"").Append(HtmlText.C(X(d.Q1))).Append("\" y=\"").Append(HtmlText.C(mid - 8)).Append("\" width=\"").Append(HtmlText.C(System.Math.Max(1.5, X(d.Q3) - X(d.Q1))))
              .Append("\" height=\"16\"/>");
            sb.Append("<line class=\"median\" x1=\"").Append(HtmlText.C(X(d.Median))).Append("\" y1=\"").Append(HtmlText.C(mid - 9)).Append("\" x2=\"").Append(HtmlText.C(X(d.Median)))
              .Append("\" y2=\"").Append(HtmlText.C(mid + 9)).Append("\"/>");
            sb.Append("<circle class=\"mean\" cx=\"").Append(HtmlText.C(X(d.Mean))).Append("\" cy=\"").Append(HtmlText.C(mid)).Append("\" r=\"3.5\"/>");
            sb.Append("<text class=\"count-label\" text-anchor=\"middle\" x=\"").Append(HtmlText.C(Width - (CountWidth / 2))).Append("\" y=\"").Append(HtmlText.C(mid + 4)).Append("\">")
              .Append(HtmlText.I(d.Count)).Append("</text>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }
}
