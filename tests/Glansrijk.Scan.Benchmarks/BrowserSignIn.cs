using System.Net;
using System.Text.RegularExpressions;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>Gets the cookies a browser would hold, the way a browser gets them: the initiator signs in on /inloggen
/// with the form's antiforgery token; a participant opens their personal link. The result is a Cookie header for the
/// SignalR client. One handler without a cookie jar serves every simulated browser; each keeps its own cookies here.</summary>
public sealed partial class BrowserSignIn(string baseUrl) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 16 })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<string> InitiatorCookieAsync(string email, string password)
    {
        using var form = await _http.GetAsync(new Uri("/inloggen", UriKind.Relative));
        var cookies = CookiesOf(form);
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync());
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on /inloggen (status {(int)form.StatusCode}).");
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/inloggen", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            }),
        };
        post.Headers.Add("Cookie", Header(cookies));
        using var signedIn = await _http.SendAsync(post);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in {email} gave {(int)signedIn.StatusCode} instead of a redirect.");
        }

        foreach (var (name, value) in CookiesOf(signedIn))
        {
            cookies[name] = value;
        }

        return Header(cookies);
    }

    public async Task<string> ParticipantCookieAsync(string token)
    {
        using var opened = await _http.GetAsync(new Uri($"/deelnemer/{token}", UriKind.Relative));
        if (opened.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Opening a personal link gave {(int)opened.StatusCode} instead of a redirect.");
        }

        return Header(CookiesOf(opened));
    }

    public void Dispose() => _http.Dispose();

    private static Dictionary<string, string> CookiesOf(HttpResponseMessage response)
    {
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var pair in values.Select(v => v.Split(';', 2)[0].Split('=', 2)).Where(p => p.Length == 2 && p[1].Length > 0))
            {
                cookies[pair[0]] = pair[1];
            }
        }

        return cookies;
    }

    private static string Header(Dictionary<string, string> cookies) => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
