using System;
using System.IO;
using Maturity.Hosting;
using Maturity.Samples.Web.Storage;
using Maturity.Samples.Web.Web;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Maturity.Samples.Web;

/// <summary>Builds the web host: cookie sign-in, Razor Pages, the SQLite store, the maturity engine and the
/// JSON API. Tests build the same application in-process on a free loopback port.</summary>
public static class WebSample
{
    /// <summary>Largest request body accepted anywhere: an answers document is at most this big (AnswerFile.MaxFileBytes).</summary>
    public const long MaxRequestBytes = Maturity.Answers.AnswerFile.MaxFileBytes;

    /// <summary>Creates the application. Settings: <c>Storage:Database</c> (SQLite file), <c>Maturity:Rules</c>
    /// (rules folder), <c>Seed:Companies</c> (sample answers used as demo data).</summary>
    public static WebApplication Build(string[] args, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WebSample).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = 1024;
            o.ValueLengthLimit = 16 * 1024;
            o.KeyLengthLimit = 256;
            o.MultipartBodyLengthLimit = MaxRequestBytes;
        });

        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Language");
        });
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.Cookie.Name = "maturity.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "maturity.af";
        });
        builder.Services.AddProblemDetails();

        var rules = builder.Configuration["Maturity:Rules"] ?? Path.Combine(AppContext.BaseDirectory, "rules");
        builder.Services.AddMaturity(m => m.AddRuleSetsFromDirectory(rules));

        var database = builder.Configuration["Storage:Database"]
            ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data", "maturity-web.db");
        var seed = builder.Configuration["Seed:Companies"] ?? Path.Combine(AppContext.BaseDirectory, "companies");
        builder.Services.AddSingleton(new Database(database));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FirmStore>();
        builder.Services.AddSingleton<AdviserStore>();
        builder.Services.AddSingleton<Assessments>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Ui>();

        var app = builder.Build();

        // Invalid rules stop the host here, with every diagnostic, rather than at the first request.
        app.Services.GetRequiredService<IMaturityEngine>();
        DemoData.EnsureCreated(app.Services, seed);

        // Never a stack trace to the browser, in any environment.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        app.Use(SecurityHeaders.Add);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        AssessApi.Map(app);
        return app;
    }
}
