using System.ComponentModel.DataAnnotations;

namespace Glansrijk.Scan.Web.Mail;

public enum SmtpSecurity
{
    None,
    Auto,
    StartTls,
    SslOnConnect,
}

/// <summary>Section "Mail". Without Smtp:Host the app writes every mail as an .eml file to data/mail/.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "noreply@glansrijk-scan.local";

    [Required]
    public string FromName { get; set; } = "Glansrijk.Scan";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How often the sender looks for due mail when nobody signals new mail.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first retry waits this long; each next one twice as long, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>After this many failed attempts a mail is marked failed (about a day with the defaults).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 100;

    /// <summary>How long a node may take to send one mail it claimed before another node may claim it again (longer
    /// than the SMTP timeout, so only a node that died lets it run out).</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
