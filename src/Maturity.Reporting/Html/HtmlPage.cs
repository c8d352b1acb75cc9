using System.Text;

namespace Maturity.Reporting.Html;

/// <summary>The page frame shared by the HTML reports: XHTML-compatible markup (every element closed, only
/// XML's predefined entities), inline CSS with A4 print rules, no script and no external resource.</summary>
internal static class HtmlPage
{
    private const string Css = """
        @page { size: A4; margin: 12mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif; color: #1d1d1f; margin: 0; background: #fff; font-size: 14px; line-height: 1.4; }
        main { max-width: 980px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 24px; margin: 0 0 6px; color: #1f4e79; }
        h2 { font-size: 18px; color: #1f4e79; border-bottom: 2px solid #1f4e79; padding-bottom: 3px; margin: 26px 0 10px; }
        h3 { font-size: 15px; margin: 16px 0 6px; }
        p { margin: 4px 0; }
        .meta { color: #4a4a4f; }
        .note { color: #4a4a4f; font-size: 12px; }
        .cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0; }
        .card { flex: 1 1 135px; border: 1px solid #c9d3de; border-radius: 6px; padding: 8px 12px; background: #f5f8fb; }
        .card .k { font-size: 12px; color: #4a4a4f; text-transform: uppercase; letter-spacing: 0.03em; }
        .card .v { font-size: 22px; font-weight: bold; color: #1f4e79; }
        .card .v.small { font-size: 17px; }
        .card .s { font-size: 12px; color: #4a4a4f; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
        th, td { border-bottom: 1px solid #dde3ea; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #eef2f6; font-size: 12px; }
        table.groups th:first-child, table.dimstats th:first-child, table.levels th:first-child { width: 44%; }
        td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.nw { white-space: nowrap; }
        td.up { color: #1b7a3a; font-weight: bold; }
        td.down { color: #b42318; font-weight: bold; }
        svg { max-width: 100%; height: auto; }
        .radar-box { text-align: center; }
        .radar-box .legend { text-align: center; }
        svg.radar { width: 100%; max-width: 620px; }
        table.dims { table-layout: fixed; }
        table.dims th:first-child { width: 50%; }
        table.dims td { overflow-wrap: anywhere; }
        svg.chart { width: 100%; }
        .radar-grid { fill: none; stroke: #c9d3de; stroke-width: 1; }
        .radar-axis { stroke: #c9d3de; stroke-width: 1; }
        .radar-tick { font-size: 10px; fill: #4a4a4f; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
        .radar-firm { fill: #1f4e79; fill-opacity: 0.22; stroke: #1f4e79; stroke-width: 2.5; stroke-linejoin: round; }
        .radar-ref { fill: none; stroke: #c55a11; stroke-width: 2; stroke-dasharray: 6 4; }
        .radar-dot { fill: #1f4e79; }
        .radar-label { font-size: 13px; fill: #1d1d1f; }
        .radar-value { font-weight: bold; fill: #1f4e79; }
        .legend { font-size: 12px; margin: 4px 0 10px; }
        .legend span { display: inline-block; margin-right: 18px; }
        .sw { display: inline-block; width: 24px; height: 0; border-top: 3px solid #1f4e79; vertical-align: middle; margin-right: 6px; }
        .sw.ref { border-top: 3px dashed #c55a11; }
        .sw.box { height: 10px; border: 1px solid #1f4e79; background: #9fbcd9; }
        .sw.value { width: 10px; height: 10px; border: 0; background: #1f4e79; transform: rotate(45deg); margin: 0 10px 0 6px; }
        .value { fill: #1f4e79; fill-opacity: 0.75; stroke: #ffffff; stroke-width: 1; }
        td.values { color: #1d1d1f; }
        table.recs th:last-child { width: 19%; }
        .badge { display: inline-block; font-size: 11px; font-weight: bold; color: #1b5e20; background: #e3f1e5; border: 1px solid #9cc9a3; border-radius: 9px; padding: 0 7px; margin-left: 4px; white-space: nowrap; }
        ul.gates { margin: 4px 0; padding-left: 18px; }
        ul.gates li { margin: 4px 0; }
        ol.ladder-key { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 2px 0 0; padding: 0 0 0 10px; font-size: 12px; }
        ol.ladder-key li.current { font-weight: bold; }
        ol.ladder-key .key { display: inline-block; min-width: 18px; text-align: center; border-radius: 3px; margin-right: 5px; font-size: 11px; }
        code { background: #f1f1f3; padding: 0 3px; border-radius: 3px; font-size: 12px; }
        ul.plain { margin: 4px 0; padding-left: 18px; }
        .effort-low { color: #1b7a3a; }
        .effort-medium { color: #8a5a00; }
        .effort-high { color: #b42318; }
        .links { font-size: 12px; }
        .links a { color: #1f4e79; margin-right: 10px; }
        .axis-text { font-size: 11px; fill: #4a4a4f; }
        .grid-line { stroke: #dde3ea; stroke-width: 1; }
        .row-label { font-size: 12px; fill: #1d1d1f; }
        .count-label { font-size: 11px; fill: #4a4a4f; }
        .whisker { stroke: #1f4e79; stroke-width: 1.5; }
        .box { fill: #9fbcd9; stroke: #1f4e79; stroke-width: 1.5; }
        .median { stroke: #0b2740; stroke-width: 3; }
        .mean { fill: #c55a11; }
        .marker { fill: #c55a11; }
        .level-text { font-size: 11px; fill: #1d1d1f; }
        .level-text-dark { font-size: 11px; fill: #ffffff; }
        .ladder { margin: 4px 0 8px; }
        footer { margin-top: 26px; color: #6b6b70; font-size: 11px; border-top: 1px solid #dde3ea; padding-top: 6px; }
        @media (max-width: 900px) { td.nw, table.leaders th.n { white-space: normal; } }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          svg.radar { max-width: 150mm; }
          h1 { font-size: 18pt; }
          h2 { break-after: avoid; page-break-after: avoid; }
          tr, .card, svg { break-inside: avoid; page-break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          th, .card, .box, .sw, .badge, .key, rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    public static void Begin(StringBuilder sb, string lang, string title)
    {
        sb.Append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(HtmlText.Encode(lang)).Append("\" xml:lang=\"").Append(HtmlText.Encode(lang)).Append("\">\n<head>\n")
          .Append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
          .Append("<title>").Append(HtmlText.Encode(title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
    }

    public static void End(StringBuilder sb, string footer)
    {
        sb.Append("<footer>").Append(HtmlText.Encode(footer)).Append("</footer>\n</main>\n</body>\n</html>\n");
    }
}
