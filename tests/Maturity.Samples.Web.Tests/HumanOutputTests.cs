using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Maturity.Samples.Web.Tests;

/// <summary>The pages write numbers, dates and counts the library's way (Maturity.HumanFormat), in the page
/// language: "14 mars 2026", a decimal comma, a narrow no-break space before ':', counts agreed in number.</summary>
public sealed class HumanOutputTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    private const long CamillesHealthFirm = 1;

    [Fact]
    public async Task FirmPage_French_DatesInWordsAndProgressWithFrenchPunctuation()
    {
        using var client = web.Client();
        await Http.SignIn(client, "camille", "camille-demo");

        var page = WebUtility(await client.GetStringAsync("/firms/" + CamillesHealthFirm));

        Regex.IsMatch(page, @"\b\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b").Should().BeTrue(page);
        page.Should().MatchRegex("Réponses\u202F: \\d+ sur \\d+ questions? posées?");
        page.Should().NotMatchRegex(@"\b\d{2}/\d{2}/\d{4}\b", "dates are written in words, not in the operating system's short format");
    }

    [Fact]
    public async Task FirmPage_English_DatesInWordsAndProgressAgreed()
    {
        using var client = web.Client();
        await Http.SignIn(client, "camille", "camille-demo");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/firms/" + CamillesHealthFirm);
        request.Headers.Add("Cookie", "maturity.lang=en");

        using var response = await client.SendAsync(request);
        var page = WebUtility(await response.Content.ReadAsStringAsync());

        Regex.IsMatch(page, @"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b").Should().BeTrue(page);
        page.Should().MatchRegex(@"Answered: \d+ of (1 asked question|\d+ asked questions)\b");
    }

    private static string WebUtility(string html) => System.Net.WebUtility.HtmlDecode(html);
}
