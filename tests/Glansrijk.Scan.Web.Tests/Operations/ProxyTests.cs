using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Operations;

/// <summary>The app behind a TLS-terminating reverse proxy, in Production. Every request arrives over plain HTTP
/// from <see cref="ProxyHop.PeerHeader"/> (the address the app sees), as it would from nginx or Caddy.</summary>
public sealed class ProxyTests
{
    private const string Proxy = "10.0.0.2";
    private const string Stranger = "203.0.113.7";

    [Fact]
    public async Task A_forged_X_Forwarded_For_from_an_unknown_source_does_not_change_the_address_the_rate_limit_counts()
    {
        // Plain HTTP allowed (as on a test machine), so the stranger's requests reach the rate limiter.
        await using var app = BehindProxy(signInPerMinute: 2, requireHttps: false);
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            statuses.Add((await client.SendAsync(SignInPost(from: Stranger, forwardedFor: $"198.51.100.{attempt}"))).StatusCode);
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    [Fact]
    public async Task Through_a_known_proxy_each_forwarded_client_has_its_own_rate_limit()
    {
        await using var app = BehindProxy(signInPerMinute: 2);
        using var client = app.CreateClient();

        var others = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            others.Add((await client.SendAsync(SignInPost(from: Proxy, forwardedFor: $"198.51.100.{attempt}"))).StatusCode);
        }

        var same = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            same.Add((await client.SendAsync(SignInPost(from: Proxy, forwardedFor: "198.51.100.99"))).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, others);
        Assert.Equal(HttpStatusCode.TooManyRequests, same[2]);
    }

    [Fact]
    public async Task Behind_a_known_TLS_proxy_in_production_signing_in_works_with_secure_cookies()
    {
        await using var app = BehindProxy();
        await app.CreateAccountAsync("ini@regio.nl", "een lang en goed wachtwoord", AccountRoles.Initiator);
        using var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Add(ProxyHop.PeerHeader, Proxy);
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");

        var page = await browser.GetAsync("/inloggen");
        var signIn = await browser.SignInAsync("ini@regio.nl", "een lang en goed wachtwoord");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("glansrijk.antiforgery=", StringComparison.Ordinal) && cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/scans", signIn.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Plain_HTTP_that_no_known_proxy_vouches_for_gets_a_clear_answer_instead_of_a_broken_form()
    {
        await using var app = BehindProxy();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        request.Headers.Add(ProxyHop.PeerHeader, Stranger);
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Alleen via HTTPS", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Contains(app.LogLines, line => line.Contains($"Refused a plain HTTP request from {Stranger}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_up_fails_with_a_clear_message_when_App_PublicUrl_is_missing_outside_Development()
    {
        await using var app = new ScanAppFactory(environment: "Production") { Settings = { ["App:PublicUrl"] = "" } };

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("App:PublicUrl is not set", failure.ToString(), StringComparison.Ordinal);
    }

    private static ScanAppFactory BehindProxy(int signInPerMinute = 10, bool requireHttps = true) => new(signInPerMinute: signInPerMinute, environment: "Production")
    {
        Settings = { ["Security:BehindProxy"] = "true", ["Security:KnownProxies:0"] = Proxy, ["Security:RequireHttps"] = requireHttps ? "true" : "false" },
        TestServices = services => services.AddSingleton<IStartupFilter, ProxyHop>(),
    };

    private static HttpRequestMessage SignInPost(string from, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/inloggen") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@b.nl" }) };
        request.Headers.Add(ProxyHop.PeerHeader, from);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }

    /// <summary>Makes each request look as it does behind a proxy: plain HTTP, from the address in <see cref="PeerHeader"/>.</summary>
    private sealed class ProxyHop : IStartupFilter
    {
        public const string PeerHeader = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Request.Scheme = "http";
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
