using System.Text.RegularExpressions;
using MimeKit;

namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>Reads the mails the app wrote to its pickup folder, as a participant's mailbox would show them.</summary>
public static partial class Mailbox
{
    public static async Task<MimeMessage> LatestToAsync(this AppServer app, string address, string? subjectContains = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (Directory.Exists(app.MailFolder))
            {
                foreach (var file in Directory.GetFiles(app.MailFolder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)) &&
                        (subjectContains is null || message.Subject?.Contains(subjectContains, StringComparison.Ordinal) == true))
                    {
                        return message;
                    }
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {address} arrived in {app.MailFolder} within 20 seconds.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The first link in the mail's text that starts with the app's address and the given path.</summary>
    public static string LinkTo(this MimeMessage message, AppServer app, string path)
    {
        var match = Regex.Match(message.TextBody ?? "", Regex.Escape(app.BaseUrl + path) + @"[^\s]*");
        return match.Success ? match.Value : throw new InvalidOperationException($"No link to {path} in mail '{message.Subject}'.");
    }
}
