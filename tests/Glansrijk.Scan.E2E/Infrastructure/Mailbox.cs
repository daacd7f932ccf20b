using System.Text.RegularExpressions;
using MimeKit;

namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>Reads the mails the app wrote to its pickup folder, as a participant's mailbox would show them.</summary>
public static partial class Mailbox
{
    public static async Task<MimeMessage> LatestToAsync(this AppServer app, string address, string? subjectContains = null) =>
        (await Eventually.ValueAsync(
            () => LatestInFolderAsync(app.MailFolder, address, subjectContains),
            message => message is not null,
            _ => $"no mail to {address}{(subjectContains is null ? "" : $" about '{subjectContains}'")} in {app.MailFolder}"))!;

    private static async Task<MimeMessage?> LatestInFolderAsync(string folder, string address, string? subjectContains)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        foreach (var file in Directory.GetFiles(folder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)) &&
                (subjectContains is null || message.Subject?.Contains(subjectContains, StringComparison.Ordinal) == true))
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>The first link in the mail's text that starts with the app's address and the given path.</summary>
    public static string LinkTo(this MimeMessage message, AppServer app, string path)
    {
        var match = Regex.Match(message.TextBody ?? "", Regex.Escape(app.BaseUrl + path) + @"[^\s]*");
        return match.Success ? match.Value : throw new InvalidOperationException($"No link to {path} in mail '{message.Subject}'.");
    }
}
