using System.Security.Cryptography;

namespace Glansrijk.Scan.Web.Security;

/// <summary>Headers on every response (ASVS 14.4). The CSP allows scripts and styles only from our own files:
/// no inline script, no inline style attributes, no framing. The one inline script is the live pages' import map,
/// which carries a nonce made for that response (<see cref="ScriptNonce"/>).</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string NonceKey = "Glansrijk.ScriptNonce";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // Personal links carry a token in the address; never leak it to another site.
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }

    /// <summary>A nonce for this response's inline script, added to its CSP. Made only when a page asks, so every other
    /// response keeps the plain policy. A page is rendered into a buffer, so its headers can still change here.</summary>
    public static string ScriptNonce(HttpContext context)
    {
        if (context.Items[NonceKey] is string nonce)
        {
            return nonce;
        }

        if (context.Response.HasStarted)
        {
            throw new InvalidOperationException("The response has started; a script nonce can no longer be added to its CSP.");
        }

        // Hex, so the attribute needs no HTML encoding (a base64 "+" would be written as &#x2B;).
        nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.Headers.ContentSecurityPolicy =
            ContentSecurityPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal);
        return nonce;
    }
}
