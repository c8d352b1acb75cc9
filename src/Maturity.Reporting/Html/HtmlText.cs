using System;
using System.Globalization;
using System.Text;

namespace Maturity.Reporting.Html;

/// <summary>Encoding and SVG coordinates for the HTML reports: every text from rule files and answers is
/// untrusted and goes through <see cref="Encode"/>; coordinates are machine text (invariant culture), while
/// numbers a reader sees come from <see cref="Maturity.HumanFormat"/>.</summary>
internal static class HtmlText
{
    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c> and drops characters XML forbids (C0 controls but tab and newlines,
    /// lone surrogates, U+FFFE/U+FFFF), so the page stays well-formed whatever the input.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text!.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        // not representable in XML: dropped
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>True for an absolute http(s) URL, the only kind written into an <c>href</c>.</summary>
    public static bool IsSafeUrl(string? url) =>
        url is not null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>A coordinate for SVG: at most two decimals, invariant culture.</summary>
    public static string C(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Splits <paramref name="text"/> into lines of at most about <paramref name="width"/> characters at spaces.</summary>
    public static string[] Wrap(string text, int width, int maxLines)
    {
        var words = text.Split([' '], StringSplitOptions.RemoveEmptyEntries);
        var lines = new System.Collections.Generic.List<string>();
        var line = new StringBuilder();
        foreach (var w in words)
        {
            if (line.Length > 0 && line.Length + 1 + w.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(w);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        if (lines.Count > maxLines)
        {
            var kept = lines.GetRange(0, maxLines);
            var last = kept[maxLines - 1];
            kept[maxLines - 1] = (last.Length > width - 1 ? last.Substring(0, width - 1) : last) + "…";
            return kept.ToArray();
        }

        return lines.ToArray();
    }
}
