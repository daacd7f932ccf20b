using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Core.Scans;

namespace Glansrijk.Scan.Web.Features.Privacy;

/// <summary>How long personal data of a scan is kept (section "Privacy").</summary>
public sealed class PrivacyOptions : IValidatableObject
{
    public const string Section = "Privacy";

    /// <summary>Personal data of a scan is removed this long after the scan's last activity.</summary>
    public TimeSpan RetentionPeriod { get; set; } = TimeSpan.FromDays(730);

    /// <summary>The initiator is told this long before.</summary>
    public TimeSpan RetentionNotice { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromHours(6);

    public Retention Rule => new(RetentionPeriod, RetentionNotice);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetentionNotice <= TimeSpan.Zero || RetentionPeriod <= RetentionNotice)
        {
            yield return new ValidationResult("Privacy:RetentionPeriod must be longer than Privacy:RetentionNotice, and both positive.");
        }

        if (RetentionCheckInterval <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Privacy:RetentionCheckInterval must be positive.");
        }
    }
}

public static class PrivacyServices
{
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrivacyOptions>().Bind(builder.Configuration.GetSection(PrivacyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StatementOptions>().Bind(builder.Configuration.GetSection(StatementOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ScanErasure>();
        builder.Services.AddScoped<RetentionRun>();
        builder.Services.AddHostedService<RetentionJob>();
        return builder;
    }
}
