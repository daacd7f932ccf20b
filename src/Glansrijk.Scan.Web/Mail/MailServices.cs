using Glansrijk.Scan.Web.Content;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Mail;

public static class MailServices
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder, string root)
    {
        builder.Services.AddOptions<MailOptions>()
            .Bind(builder.Configuration.GetSection(MailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<IMailTransport>(services =>
            services.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
                ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(services)
                : ActivatorUtilities.CreateInstance<PickupFolderMailTransport>(services));

        var templates = MailTemplates.Load(Path.Combine(root, "content", "mail"));
        builder.Services.AddSingleton(services => new MailTemplates(templates, services.GetRequiredService<MarkdownRenderer>()));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddScoped<MailOutbox>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxSender>());
        return builder;
    }
}
