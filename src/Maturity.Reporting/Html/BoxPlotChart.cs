using System.Collections.Generic;
using System.Text;
using Maturity.Reporting.Portfolio;

namespace Maturity.Reporting.Html;

/// <summary>Horizontal box plots on a 0–100 scale, one row per group: whiskers min–max, box Q1–Q3, bar at
/// the median, dot at the mean, n at the right. A group too small for quartiles
/// (<see cref="Distribution.HasQuartiles"/>) shows one diamond per value instead. Group names wrap (up to three
/// lines) rather than being cut.</summary>
internal static class BoxPlotChart
{
    private const double Width = 900;
    private const double LabelWidth = 300;
    private const double CountWidth = 50;
    private const double Top = 8;
    private const int LabelChars = 40;
    private const double LineHeight = 14;

    public static string Render(IReadOnlyList<(string Label, Distribution Stats)> rows, string title, HumanFormat format)
    {
        var labels = new string[rows.Count][];
        var mostLines = 1;
        for (var i = 0; i < rows.Count; i++)
        {
            labels[i] = HtmlText.Wrap(rows[i].Label, LabelChars, 3);
            mostLines = System.Math.Max(mostLines, labels[i].Length);
        }

        var rowHeight = 28.0 + ((mostLines - 1) * 10);
        var plotLeft = LabelWidth;
        var plotWidth = Width - LabelWidth - CountWidth - 10;
        var height = Top + (rows.Count * rowHeight) + 24;
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").Append(HtmlText.C(Width)).Append(' ').Append(HtmlText.C(height))
          .Append("\" role=\"img\"><title>").Append(HtmlText.Encode(title)).Append("</title>");
        double X(double v) => plotLeft + (plotWidth * System.Math.Max(0, System.Math.Min(100, v)) / 100.0);
        var bottom = Top + (rows.Count * rowHeight);
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            sb.Append("<line class=\"grid-line\" x1=\"").Append(HtmlText.C(X(tick))).Append("\" y1=\"").Append(HtmlText.C(Top)).Append("\" x2=\"").Append(HtmlText.C(X(tick)))
              .Append("\" y2=\"").Append(HtmlText.C(bottom)).Append("\"/>");
            sb.Append("<text class=\"axis-text\" text-anchor=\"middle\" x=\"").Append(HtmlText.C(X(tick))).Append("\" y=\"").Append(HtmlText.C(bottom + 15)).Append("\">")
              .Append(format.Whole(tick)).Append("</text>");
        }

        sb.Append("<text class=\"axis-text\" text-anchor=\"middle\" x=\"").Append(HtmlText.C(Width - (CountWidth / 2))).Append("\" y=\"").Append(HtmlText.C(bottom + 15)).Append("\">n</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, d) = rows[i];
            var mid = Top + (i * rowHeight) + (rowHeight / 2);
            var lines = labels[i];
            sb.Append("<text class=\"row-label\" x=\"").Append(HtmlText.C(LabelWidth - 10)).Append("\" y=\"").Append(HtmlText.C(mid + 4 - ((lines.Length - 1) * LineHeight / 2)))
              .Append("\" text-anchor=\"end\"><title>").Append(HtmlText.Encode(label)).Append("</title>");
            for (var l = 0; l < lines.Length; l++)
            {
                sb.Append("<tspan x=\"").Append(HtmlText.C(LabelWidth - 10)).Append('"').Append(l > 0 ? " dy=\"" + HtmlText.C(LineHeight) + "\"" : string.Empty).Append('>')
                  .Append(HtmlText.Encode(lines[l])).Append("</tspan>");
            }

            sb.Append("</text>");
            if (d.HasQuartiles)
            {
                Box(sb, d, mid, X);
            }
            else
            {
                foreach (var v in d.Values)
                {
                    var x = X(v);
                    sb.Append("<path class=\"value\" d=\"M").Append(HtmlText.C(x)).Append(',').Append(HtmlText.C(mid - 6)).Append(" L").Append(HtmlText.C(x + 5)).Append(',').Append(HtmlText.C(mid))
                      .Append(" L").Append(HtmlText.C(x)).Append(',').Append(HtmlText.C(mid + 6)).Append(" L").Append(HtmlText.C(x - 5)).Append(',').Append(HtmlText.C(mid)).Append(" Z\"><title>")
                      .Append(HtmlText.Encode(format.Number(v))).Append("</title></path>");
                }
            }

            sb.Append("<text class=\"count-label\" text-anchor=\"middle\" x=\"").Append(HtmlText.C(Width - (CountWidth / 2))).Append("\" y=\"").Append(HtmlText.C(mid + 4)).Append("\">")
              .Append(format.Whole(d.Count)).Append("</text>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Box(StringBuilder sb, Distribution d, double mid, System.Func<double, double> x)
    {
        sb.Append("<line class=\"whisker\" x1=\"").Append(HtmlText.C(x(d.Min))).Append("\" y1=\"").Append(HtmlText.C(mid)).Append("\" x2=\"").Append(HtmlText.C(x(d.Max)))
          .Append("\" y2=\"").Append(HtmlText.C(mid)).Append("\"/>");
        foreach (var end in new[] { d.Min, d.Max })
        {
            sb.Append("<line class=\"whisker\" x1=\"").Append(HtmlText.C(x(end))).Append("\" y1=\"").Append(HtmlText.C(mid - 6)).Append("\" x2=\"").Append(HtmlText.C(x(end)))
              .Append("\" y2=\"").Append(HtmlText.C(mid + 6)).Append("\"/>");
        }

        sb.Append("<rect class=\"box\" x=\"").Append(HtmlText.C(x(d.Q1))).Append("\" y=\"").Append(HtmlText.C(mid - 8)).Append("\" width=\"").Append(HtmlText.C(System.Math.Max(1.5, x(d.Q3) - x(d.Q1))))
          .Append("\" height=\"16\"/>");
        sb.Append("<line class=\"median\" x1=\"").Append(HtmlText.C(x(d.Median))).Append("\" y1=\"").Append(HtmlText.C(mid - 9)).Append("\" x2=\"").Append(HtmlText.C(x(d.Median)))
          .Append("\" y2=\"").Append(HtmlText.C(mid + 9)).Append("\"/>");
        sb.Append("<circle class=\"mean\" cx=\"").Append(HtmlText.C(x(d.Mean))).Append("\" cy=\"").Append(HtmlText.C(mid)).Append("\" r=\"3.5\"/>");
    }
}
