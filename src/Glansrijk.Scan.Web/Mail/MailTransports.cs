using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Glansrijk.Scan.Web.Mail;

/// <summary>Delivers one MIME message: over SMTP, or into the pickup folder when no SMTP server is set.</summary>
public interface IMailTransport
{
    Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken);
}

public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        var security = smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>The embedded default: each mail becomes an .eml file in data/mail/, readable with any mail program.</summary>
public sealed class PickupFolderMailTransport(AppPaths paths) : IMailTransport
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.MailPickup);
        var safeId = string.Concat((message.MessageId ?? Guid.NewGuid().ToString()).Where(char.IsLetterOrDigit));
        var file = Path.Combine(paths.MailPickup, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{safeId}.eml");
        // Written under another name and moved into place, so a mail program (or a test) never reads half a mail.
        var partial = file + ".partial";
        await using (var stream = File.Create(partial))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        File.Move(partial, file, overwrite: true);
    }
}
