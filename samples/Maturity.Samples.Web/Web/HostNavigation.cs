using System.Net;
using System.Text.RegularExpressions;

namespace Maturity.Samples.Web.Web;

/// <summary>Adds a back link at the top of a library report page, which is otherwise a self-contained document.</summary>
public static partial class HostNavigation
{
    /// <summary>The report with a link to <paramref name="href"/> right after its opening body tag.</summary>
    public static string Insert(string html, string href, string text)
    {
        var nav = "<nav class=\"host\" style=\"font:14px system-ui,sans-serif;margin:8px 16px\"><a href=\"" + WebUtility.HtmlEncode(href) + "\">← " + WebUtility.HtmlEncode(text) + "</a></nav>";
        return BodyTag().Replace(html, m => m.Value + nav, 1);
    }

    [GeneratedRegex("<body[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyTag();
}
