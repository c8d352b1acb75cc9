using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Hosting;
using Maturity.Output;
using Maturity.Scoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Maturity.Samples.Web.Web;

/// <summary><c>POST /api/assess</c>: an answers document (docs/answers.md, JSON) in, the result JSON of
/// docs/results.md out, exactly as <c>maturity assess --format json</c> prints it; or 400 with RFC 7807
/// problem details listing every diagnostic. Stores nothing, so it needs no sign-in (and no antiforgery:
/// it reads no cookie).</summary>
internal static class AssessApi
{
    public static void Map(WebApplication app) =>
        app.MapPost("/api/assess", Assess)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(WebSample.MaxRequestBytes));

    private static async Task<IResult> Assess(HttpRequest request, IMaturityEngine engine)
    {
        string text;
        try
        {
            using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: false));
            text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            // Over the size limit (413) or a broken upload: say so as problem details, not as a server error.
            return Results.Problem(statusCode: e.StatusCode, title: e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The answers document is larger than " + WebSample.MaxRequestBytes + " bytes"
                : "The request body could not be read");
        }

        var file = AnswerFile.Parse(text, "request");
        if (!file.Success)
        {
            return Problem(file.Diagnostics.Where(d => d.IsError).ToList());
        }

        var catalog = engine.Current;
        if (!catalog.TryFindFor(file.Sheet, out var ruleSet, out var missing))
        {
            return Problem([missing]);
        }

        try
        {
            var result = ruleSet.Assess(file.Sheet);
            return Results.Text(AssessmentJson.Write(result) + "\n", "application/json", Encoding.UTF8);
        }
        catch (DiagnosticsException e)
        {
            return Problem(e.Diagnostics);
        }
    }

    private static IResult Problem(IReadOnlyList<Diagnostic> diagnostics) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The answers are invalid",
            detail: diagnostics.Count == 1 ? "1 problem" : diagnostics.Count + " problems",
            type: "https://maturity.invalid/problems/invalid-answers",
            extensions: new Dictionary<string, object?>
            {
                ["diagnostics"] = diagnostics.Select(d => new Dictionary<string, object?>
                {
                    ["code"] = d.Code,
                    ["severity"] = d.IsError ? "error" : "warning",
                    ["target"] = d.Location.ToString(),
                    ["line"] = d.Location.Line,
                    ["column"] = d.Location.Column,
                    ["message"] = d.Message,
                }).ToList(),
            });
}
