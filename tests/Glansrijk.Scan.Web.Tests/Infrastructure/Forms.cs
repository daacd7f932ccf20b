using System.Net;
using System.Text.RegularExpressions;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>Submits a Razor Pages form as a browser does: first GET the page for its antiforgery token.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IDictionary<string, string> fields, string? formPage = null)
    {
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(formPage ?? path) };
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/>, for this client's cookie.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        var token = AntiforgeryToken().Match(await response.Content.ReadAsStringAsync());
        Assert.True(token.Success, $"No antiforgery token on {page} (status {(int)response.StatusCode}).");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        await client.PostFormAsync("/inloggen", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public static async Task<string> TextAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
