using Glansrijk.Scan.Web.Features.Invitations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

public static class AgendaExportServices
{
    /// <summary>Reads both cookies (account and personal link) and lets the page decide: the initiator, a Beheerder
    /// and the participants of the scan itself may read its verbeteragenda.</summary>
    public const string ReadPolicy = "VerbeteragendaLezen";

    public static WebApplicationBuilder AddAgendaExports(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddScoped<IAgendaReportSource, NoStoredAgendas>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(ReadPolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ParticipantAuthentication.Scheme)
            .RequireAssertion(_ => true));
        return builder;
    }
}
