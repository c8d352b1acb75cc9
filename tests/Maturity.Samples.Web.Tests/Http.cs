using System.Collections.Generic;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Maturity.Samples.Web.Tests;

/// <summary>Form posts the way a browser makes them: the antiforgery token read from the page first.</summary>
internal static partial class Http
{
    public static async Task<string> TokenFrom(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> PostForm(HttpClient client, string pageWithForm, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenFrom(client, pageWithForm);
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    public static async Task SignIn(HttpClient client, string login, string password)
    {
        var response = await PostForm(client, "/account/login", "/account/login", [new("login", login), new("password", password)]);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect, "the demo adviser " + login + " signs in");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
