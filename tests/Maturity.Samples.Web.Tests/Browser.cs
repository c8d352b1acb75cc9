using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Maturity.Samples.Web.Tests;

/// <summary>Headless Debian chromium driven by Playwright (which cannot download its own browsers here).
/// Screenshots go to artifacts/screenshots at the repository root.</summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string Screenshots { get; } = Path.Combine(WebAppFixture.RepositoryRoot, "artifacts", "screenshots");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(ChromiumPath + " is missing: apt-get install -y chromium (.ci/run does it)");
        }

        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    public static Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }
}
