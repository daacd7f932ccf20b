using Glansrijk.Scan.Web.Content;

namespace Glansrijk.Scan.Web.Mail;

public static class MailServices
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder, AppPaths paths)
    {
        builder.Services.AddOptions<MailOptions>()
            .Bind(builder.Configuration.GetSection(MailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var usesSmtp = !string.IsNullOrWhiteSpace(builder.Configuration[$"{MailOptions.Section}:Smtp:Host"]);
        if (usesSmtp)
        {
            builder.Services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        else
        {
            builder.Services.AddSingleton<IMailTransport, PickupFolderMailTransport>();
        }

        var templates = MailTemplates.Load(Path.Combine(paths.Content, "mail"));
        builder.Services.AddSingleton(services => new MailTemplates(templates, services.GetRequiredService<MarkdownRenderer>()));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddScoped<MailOutbox>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxSender>());
        return builder;
    }
}
