using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Maturity.Samples.Web.Tests;

/// <summary>What a real host must guarantee: sign-in before anything stored, one adviser never reads or changes
/// another's firm, antiforgery on every form post, no stack trace in any answer.</summary>
public sealed class AdviserIsolationTests(WebAppFixture web) : IClassFixture<WebAppFixture>
{
    // The seed gives camille the first firms (health, retail, services) and hugo the next ones.
    private const long CamillesHealthFirm = 1;

    [Fact]
    public async Task Pages_Anonymous_RedirectedToSignIn()
    {
        using var client = web.Client();
        foreach (var path in new[] { "/", "/firms/1", "/firms/1/questionnaire", "/firms/1/report/1", "/portfolio/report", "/firms/new" })
        {
            using var response = await client.GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, path);
            response.Headers.Location!.ToString().Should().Contain("/account/login", path);
        }
    }

    [Fact]
    public async Task OtherAdvisersFirm_ReadOrChange_NotFoundAndUnchanged()
    {
        using var hugo = web.Client();
        await Http.SignIn(hugo, "hugo", "hugo-demo");
        (await hugo.GetStringAsync("/")).Should().NotContain("Maison de sant", "camille's firms are not in hugo's portfolio");

        foreach (var path in new[] { "/firms/1", "/firms/1/questionnaire", "/firms/1/questionnaire/care_records", "/firms/1/report/1", "/firms/1/report/2" })
        {
            using var response = await hugo.GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
        }

        var before = Campaigns();
        using (var post = await Http.PostForm(hugo, "/", "/firms/" + CamillesHealthFirm + "?handler=NewCampaign", []))
        {
            post.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        using (var post = await Http.PostForm(hugo, "/", "/firms/" + CamillesHealthFirm + "/questionnaire/care_records", [new("q.dpi_rollout", "none"), new("action", "save")]))
        {
            post.StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        Campaigns().Should().Equal(before, "nothing of camille's changed");

        using var camille = web.Client();
        await Http.SignIn(camille, "camille", "camille-demo");
        using var own = await camille.GetAsync("/firms/1");
        own.StatusCode.Should().Be(HttpStatusCode.OK, "the owner still sees it");
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_Refused()
    {
        using var client = web.Client();
        await Http.SignIn(client, "camille", "camille-demo");
        using var response = await client.PostAsync("/firms/new", new FormUrlEncodedContent([new("name", "X"), new("siret", "12345678901234"), new("naf", "86.21Z"), new("departement", "80"), new("employees", "3")]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignIn_WrongPassword_RefusedWithoutSayingWhichPart()
    {
        using var client = web.Client();
        using var response = await Http.PostForm(client, "/account/login", "/account/login", [new("login", "camille"), new("password", "wrong")]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("role=\"alert\"");
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [];
        cookies.Should().NotContain(c => c.StartsWith("maturity.auth"), "no session for a wrong password");
    }

    [Fact]
    public async Task AddFirm_NameWithMarkup_EncodedOnEveryPage()
    {
        using var client = web.Client();
        await Http.SignIn(client, "camille", "camille-demo");
        using var created = await Http.PostForm(client, "/firms/new", "/firms/new",
            [new("name", "<script>alert(1)</script> & Cie"), new("siret", "98765432109876"), new("naf", "47.11A"), new("departement", "2A"), new("employees", "3")]);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var portfolio = await client.GetStringAsync("/");
        portfolio.Should().NotContain("<script>alert(1)").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie");
        var questionnaire = await client.GetStringAsync(created.Headers.Location!.ToString());
        questionnaire.Should().NotContain("<script>alert(1)");
    }

    [Fact]
    public async Task AddFirm_InvalidFields_EveryProblemShownNothingStored()
    {
        using var client = web.Client();
        await Http.SignIn(client, "hugo", "hugo-demo");
        var before = (await client.GetStringAsync("/")).Length;
        using var response = await Http.PostForm(client, "/firms/new", "/firms/new",
            [new("name", ""), new("siret", "1234"), new("naf", "99.99"), new("departement", "20"), new("employees", "-3")]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Split("<li>").Length.Should().Be(6, "five problems, each listed");
        (await client.GetStringAsync("/")).Length.Should().Be(before);
    }

    private string[] Campaigns()
    {
        var db = web.Database;
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT firm || ':' || campaign || ':' || answers || ':' || COALESCE(completed, '') FROM assessments WHERE firm = 1 ORDER BY campaign";
        using var r = cmd.ExecuteReader();
        var list = new System.Collections.Generic.List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list.ToArray();
    }
}
