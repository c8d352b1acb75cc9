using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Maturity.Answers;
using Maturity.Cli;
using Maturity.Samples.Web.Storage;

namespace Maturity.Samples.Web.Tests;

/// <summary><c>POST /api/assess</c>: the CLI's JSON for a valid answers document, RFC 7807 problem details
/// listing every diagnostic otherwise; no sign-in needed.</summary>
public sealed class AssessApiTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("health/leader.yaml")]
    [InlineData("retail/beginner.yaml")]
    [InlineData("edih-dma/intermediate.yaml")]
    public async Task Assess_ShippedSampleCompany_SameJsonAsMaturityAssess(string sample)
    {
        var path = Path.Combine(WebAppFixture.RepositoryRoot, "samples", "companies", sample);
        var sheet = AnswerFile.Load(path).Sheet!;
        var json = AnswersDocument.Write(sheet, sheet.RuleSetId);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = MaturityCommand.Run(["assess", "-a", path, "--rules", Path.Combine(WebAppFixture.RepositoryRoot, "rules"), "--format", "json"], stdout, stderr);
        exit.Should().Be(0, stderr.ToString());

        using var client = web.Client();
        using var response = await client.PostAsync("/api/assess", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be(stdout.ToString());
    }

    [Fact]
    public async Task Assess_InvalidAnswers_ProblemDetailsListEveryDiagnostic()
    {
        const string json = """
            { "ruleset": "health", "company": { "id": "80-X" },
              "answers": { "dpi_rollout": "everywhere", "digital_skills_level": 42, "ghost": true, "mfa": "n/a" } }
            """;
        using var client = web.Client();
        using var response = await client.PostAsync("/api/assess", new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        doc.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        doc.RootElement.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        var diagnostics = doc.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.Select(d => d.GetProperty("code").GetString()).Should().BeEquivalentTo("MAT072", "MAT073", "MAT070", "MAT075");
        diagnostics.Should().OnlyContain(d => d.GetProperty("target").GetString()!.StartsWith("request(") && d.GetProperty("message").GetString()!.Length > 0);
        diagnostics.Single(d => d.GetProperty("code").GetString() == "MAT070").GetProperty("message").GetString().Should().Contain("ghost");
    }

    [Fact]
    public async Task Assess_MalformedJson_ProblemDetailsWithTheSyntaxError()
    {
        using var client = web.Client();
        using var response = await client.PostAsync("/api/assess", new StringContent("{ \"company\": ", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"MAT001\"").And.NotContain("   at ", "no stack trace");
    }

    [Fact]
    public async Task Assess_BodyOverTheLimit_Refused()
    {
        var huge = "{ \"company\": { \"id\": \"" + new string('x', (int)WebSample.MaxRequestBytes + 10) + "\" }, \"answers\": {} }";
        using var client = web.Client();
        using var response = await client.PostAsync("/api/assess", new StringContent(huge, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }
}
