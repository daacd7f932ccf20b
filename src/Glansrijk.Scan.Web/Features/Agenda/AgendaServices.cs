using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Agenda.Exports;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>Section "Agenda".</summary>
public sealed class AgendaOptions
{
    public const string Section = "Agenda";

    /// <summary>A trekker gets a reminder this many days before each check moment of their action.</summary>
    [Range(1, 60)]
    public int ReminderDaysBeforeCheck { get; set; } = 7;

    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromMinutes(30);
}

public static class AgendaServices
{
    public static WebApplicationBuilder AddAgenda(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgendaOptions>()
            .Bind(builder.Configuration.GetSection(AgendaOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ImprovementAgendaService>();
        builder.Services.AddScoped<ActionFollowUp>();
        builder.Services.AddScoped<ActionReminderMail>();
        builder.Services.AddScoped<AgendaAdoptedMail>();
        builder.Services.AddHostedService<ActionReminderJob>();
        // The initiator's follow-up pages live under /scans/{id}/acties, with the same access rule as the scan pages.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizePage("/Agenda/ScanActions", AccountPolicies.Initiator);
            options.Conventions.AuthorizePage("/Agenda/ScanAction", AccountPolicies.Initiator);
            options.Conventions.AuthorizePage("/Agenda/Monitor", AccountPolicies.Initiator);
            options.Conventions.AuthorizePage("/Agenda/ImportMeasurements", AccountPolicies.Initiator);
        });
        return builder.AddAgendaExports();
    }
}
