using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web;

/// <summary>Settings that belong to the installation as a whole (section "App").</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The address people use to reach the app; links in mails and on the console start with it. Required
    /// outside Development (appsettings.Development.json gives http://localhost:5000).</summary>
    public string PublicUrl { get; set; } = "";

    public string Link(string relativePath) => PublicUrl.TrimEnd('/') + "/" + relativePath.TrimStart('/');
}

/// <summary>Checked at start: without a public address every mailed link would point nowhere (or at localhost).</summary>
public sealed class AppOptionsValidation : IValidateOptions<AppOptions>
{
    public ValidateOptionsResult Validate(string? name, AppOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicUrl))
        {
            return ValidateOptionsResult.Fail(
                "App:PublicUrl is not set. Set it to the address people use to reach the app, such as " +
                "App__PublicUrl=https://scan.example.nl (environment) or --App:PublicUrl=https://scan.example.nl; " +
                "the links in every mail start with it.");
        }

        return Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"App:PublicUrl '{options.PublicUrl}' is not an absolute http(s) address such as https://scan.example.nl.");
    }
}
