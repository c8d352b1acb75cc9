using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Maturity.Catalog;
using Maturity.Samples.Web.Storage;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Maturity.Samples.Web.Tests;

/// <summary>An adviser's whole journey in a real browser: sign in, add a health firm, watch a conditional
/// question appear and disappear, save, come back, finish, read the level and the radar, switch language;
/// then another adviser is refused the firm. Each step waits on what the page shows, never on time.</summary>
public sealed class QuestionnaireBrowserTests(WebAppFixture web) : IClassFixture<WebAppFixture>, IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync() => (_playwright, _browser) = await Browser.Launch();

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task Adviser_AddsHealthFirm_AnswersToTheReport_AndAnotherAdviserIsRefused()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = web.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        // Sign in (French by default).
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Browser.Shot(page, "01-sign-in");
        await page.FillAsync("input[name=login]", "camille");
        await page.FillAsync("input[name=password]", "camille-demo");
        await page.ClickAsync("form button.primary");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mon portefeuille");
        await Expect(page.Locator("table.firms tbody tr")).ToHaveCountAsync(3);
        await Browser.Shot(page, "02-portfolio");

        // Add a health firm: its NAF code selects the health rule set.
        await page.ClickAsync("a[href='/firms/new']");
        await page.FillAsync("input[name=name]", "Centre de santé des Trois Vallées");
        await page.FillAsync("input[name=siret]", "123 456 789 01234");
        await page.FillAsync("input[name=naf]", "86.21Z");
        await page.FillAsync("input[name=departement]", "80");
        await page.FillAsync("input[name=employees]", "12");
        await Browser.Shot(page, "03-add-firm");
        await page.ClickAsync("form button.primary");
        await Expect(page).ToHaveURLAsync(new Regex("/firms/[0-9]+/questionnaire"));
        var firmId = Regex.Match(page.Url, "/firms/([0-9]+)/").Groups[1].Value;
        await Expect(page.Locator(".sections .meta")).ToContainTextAsync("Santé humaine");
        await Browser.Shot(page, "04-questionnaire-first-section");

        // A conditional question appears and disappears as the answer it depends on changes.
        await page.GotoAsync("/firms/" + firmId + "/questionnaire/care_records");
        var structured = page.Locator("fieldset[data-question=dpi_structured]");
        await Expect(structured).ToBeHiddenAsync();
        await Answer(page, "input[name='q.dpi_rollout'][value=partial]");
        await Expect(structured).ToBeVisibleAsync();
        await Browser.Shot(page, "05-conditional-question-shown");
        await Answer(page, "input[name='q.dpi_rollout'][value=none]");
        await Expect(structured).ToBeHiddenAsync();
        await Browser.Shot(page, "06-conditional-question-hidden");

        // Answer it, save the draft, leave, come back: everything is still there.
        await Answer(page, "input[name='q.dpi_rollout'][value=partial]");
        await Answer(page, "fieldset[data-question=dpi_structured] input[value=true]");
        await page.ClickAsync("button[value=save]");
        await Expect(page.Locator("p.ok")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("a[href='/firms/" + firmId + "']");
        await page.ClickAsync("a.button[href$='/questionnaire']");
        await page.GotoAsync("/firms/" + firmId + "/questionnaire/care_records");
        await Expect(page.Locator("input[name='q.dpi_rollout'][value=partial]")).ToBeCheckedAsync();
        await Expect(structured).ToBeVisibleAsync();
        await Expect(structured.Locator("input[value=true]")).ToBeCheckedAsync();
        await Browser.Shot(page, "07-draft-saved-and-reloaded");

        // Answer every asked question, section after section, and finish.
        await page.GotoAsync("/firms/" + firmId + "/questionnaire");
        for (var pageCount = 0; !page.Url.Contains("/report/", StringComparison.Ordinal); pageCount++)
        {
            pageCount.Should().BeLessThan(40, "the questionnaire ends");
            await AnswerEveryVisibleQuestion(page);
            var next = page.Locator("button[value=next]");
            await (await next.CountAsync() > 0 ? next : page.Locator("button[value=finish]")).ClickAsync();
            if (page.Url.Contains("incomplete=true", StringComparison.Ordinal))
            {
                await Browser.Shot(page, "08-not-ready");
            }
        }

        // The result: the library's firm report, with the level the engine gives these answers and a radar.
        var expected = ExpectedLevel(long.Parse(firmId, System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("svg.radar")).ToBeVisibleAsync();
        await Expect(page.Locator("body")).ToContainTextAsync(expected.Fr);
        await Browser.Shot(page, "09-report-fr");

        // Switch to English.
        await page.GotoAsync("/");
        await page.ClickAsync("header form.lang button[value=en]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("My portfolio");
        await Browser.Shot(page, "10-portfolio-en");
        await page.GotoAsync(page.Url.Replace(page.Url, "/firms/" + firmId + "/report/1"));
        await Expect(page.Locator("body")).ToContainTextAsync(expected.En);
        await Browser.Shot(page, "11-report-en");
        await page.GotoAsync("/portfolio/report");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Browser.Shot(page, "12-portfolio-report-en");

        // Another adviser is refused the firm.
        var other = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = web.BaseAddress.ToString() });
        var hugo = await other.NewPageAsync();
        await hugo.GotoAsync("/account/login");
        await hugo.FillAsync("input[name=login]", "hugo");
        await hugo.FillAsync("input[name=password]", "hugo-demo");
        await hugo.ClickAsync("form button.primary");
        await Expect(hugo.Locator("h1")).ToHaveTextAsync("Mon portefeuille");
        await Expect(hugo.Locator("table.firms")).Not.ToContainTextAsync("Trois Vallées");
        var refused = await hugo.GotoAsync("/firms/" + firmId + "/report/1");
        refused!.Status.Should().Be(404);
        await Expect(hugo.Locator("h1")).ToHaveTextAsync("Page introuvable");
        await Browser.Shot(hugo, "13-other-adviser-refused");
        await other.CloseAsync();
        await context.CloseAsync();
    }

    /// <summary>Clicks an answer and waits until the page script has applied the server's answer.</summary>
    private static async Task Answer(IPage page, string selector)
    {
        await page.Locator(selector).CheckAsync();
        await Expect(page.Locator("#questionnaire[aria-busy]")).ToHaveCountAsync(0);
    }

    /// <summary>Gives every visible, unanswered question its first answer (a number: 0; a multiple choice:
    /// "none of these"), again until answering reveals no new question.</summary>
    private static async Task AnswerEveryVisibleQuestion(IPage page)
    {
        for (var round = 0; round < 20; round++)
        {
            var answeredOne = false;
            var fieldsets = page.Locator("fieldset[data-question]:visible");
            var count = await fieldsets.CountAsync();
            for (var i = 0; i < count; i++)
            {
                var f = fieldsets.Nth(i);
                if (await f.Locator("input:checked").CountAsync() > 0)
                {
                    continue;
                }

                var text = f.Locator("input[type=text]");
                if (await text.CountAsync() > 0)
                {
                    if ((await text.InputValueAsync()).Length > 0)
                    {
                        continue;
                    }

                    await text.FillAsync("0");
                    await text.DispatchEventAsync("change");
                    await Expect(page.Locator("#questionnaire[aria-busy]")).ToHaveCountAsync(0);
                }
                else
                {
                    var none = f.Locator("input[value='" + Web.AnswerForm.NoneTicked + "']");
                    await Answer(page, "fieldset[data-question=" + await f.GetAttributeAsync("data-question") + "] " + (await none.CountAsync() > 0 ? "input[value='" + Web.AnswerForm.NoneTicked + "']" : "input[type=radio] >> nth=0"));
                }

                answeredOne = true;
            }

            if (!answeredOne)
            {
                return;
            }
        }
    }

    private (string Fr, string En) ExpectedLevel(long firmId)
    {
        using var c = web.Database.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT answers FROM assessments WHERE firm = $f AND completed IS NOT NULL";
        cmd.Parameters.AddWithValue("$f", firmId);
        var sheet = AnswersDocument.Read((string)cmd.ExecuteScalar()!, "stored");
        var rules = RuleSetCatalog.FromDirectory(System.IO.Path.Combine(WebAppFixture.RepositoryRoot, "rules")).Find("health")!;
        var level = rules.Assess(sheet).Level;
        return level is null ? ("—", "—") : (level.Level.Title.Get("fr"), level.Level.Title.Get("en"));
    }
}
