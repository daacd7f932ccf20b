using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Privacy;

/// <summary>The privacy statement: what the app processes, why, how long, who is responsible, and whom to ask.</summary>
public sealed class PrivacyStatementModel(IOptions<StatementOptions> statement, IOptions<PrivacyOptions> privacy, IOptions<AppOptions> app) : PageModel
{
    public StatementOptions Statement => statement.Value;
    public string RetentionPeriod => InWords(privacy.Value.RetentionPeriod);
    public string RetentionNotice => InWords(privacy.Value.RetentionNotice);
    public string Site => app.Value.PublicUrl;

    /// <summary>"2 jaar", "1 maand", "90 dagen": periods as people say them.</summary>
    public static string InWords(TimeSpan period)
    {
        var days = (int)Math.Round(period.TotalDays);
        return days switch
        {
            _ when days >= 365 && days % 365 == 0 => days / 365 == 1 ? "1 jaar" : $"{days / 365} jaar",
            _ when days is 30 or 31 => "1 maand",
            _ when days >= 60 && days % 30 == 0 => $"{days / 30} maanden",
            1 => "1 dag",
            _ => $"{days} dagen",
        };
    }

    public void OnGet()
    {
    }
}

/// <summary>The accessibility statement, after the model Dutch public bodies use (toegankelijkheidsverklaring).</summary>
public sealed class AccessibilityStatementModel(IOptions<StatementOptions> statement, IOptions<AppOptions> app) : PageModel
{
    public StatementOptions Statement => statement.Value;
    public string Site => app.Value.PublicUrl;

    public void OnGet()
    {
    }
}
