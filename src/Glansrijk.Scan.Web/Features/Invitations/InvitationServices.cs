using Glansrijk.Scan.Web.Mail;

namespace Glansrijk.Scan.Web.Features.Invitations;

public static class InvitationServices
{
    public static WebApplicationBuilder AddInvitations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<InvitationOptions>()
            .Bind(builder.Configuration.GetSection(InvitationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<InvitationMail>();
        builder.Services.AddScoped<Invitations>();
        builder.Services.AddScoped<PersonalLinks>();
        builder.Services.AddScoped<IMailDeliveryObserver, InvitationDeliveryObserver>();
        builder.Services.AddHostedService<InvitationReminders>();
        builder.AddParticipantAuthentication();
        return builder;
    }
}
