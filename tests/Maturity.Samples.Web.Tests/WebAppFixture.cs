using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;

namespace Maturity.Samples.Web.Tests;

/// <summary>The web sample, built in-process on a free loopback port with a fresh SQLite file (seeded with the
/// demo advisers and firms as on a first run). One per test class.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "maturity-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public static string RepositoryRoot { get; } = FindRoot();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The application's database, to check what was (not) stored.</summary>
    public Maturity.Samples.Web.Storage.Database Database => (Maturity.Samples.Web.Storage.Database)_app!.Services.GetService(typeof(Maturity.Samples.Web.Storage.Database))!;

    public HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = BaseAddress };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = WebSample.Build(
            [
                "--urls", "http://127.0.0.1:0",
                "--environment", "Production",
                "--Storage:Database", Path.Combine(_folder, "web.db"),
                "--Maturity:Rules", Path.Combine(RepositoryRoot, "rules"),
                "--Seed:Companies", Path.Combine(RepositoryRoot, "samples", "companies"),
                "--Logging:LogLevel:Default", "Warning",
            ],
            contentRoot: Path.Combine(RepositoryRoot, "samples", "Maturity.Samples.Web"));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maturity.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Maturity.sln not found above " + AppContext.BaseDirectory);
    }
}
