using System.ComponentModel.DataAnnotations;

namespace Glansrijk.Scan.Web;

/// <summary>Settings that belong to the installation as a whole (section "App").</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The address people use to reach the app; links in mails and on the console start with it.</summary>
    [Required, Url]
    public string PublicUrl { get; set; } = "http://localhost:5000";

    public string Link(string relativePath) => PublicUrl.TrimEnd('/') + "/" + relativePath.TrimStart('/');
}
