using MimeKit;

namespace Glansrijk.Scan.E2E.Infrastructure;

public static class MailFolder
{
    /// <summary>Waits for the mail to <paramref name="address"/> that the app writes to its pickup folder.</summary>
    public static async Task<MimeMessage> WaitForMailAsync(this AppServer app, string address, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (Directory.Exists(app.MailFolder))
            {
                foreach (var file in Directory.EnumerateFiles(app.MailFolder, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                    {
                        return message;
                    }
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {address} in {app.MailFolder}.");
            }

            await Task.Delay(200);
        }
    }
}
