using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Mail;

public sealed class MailTemplatesTests : IClassFixture<SharedApp>
{
    private readonly MailTemplates _templates;

    public MailTemplatesTests(SharedApp app) => _templates = app.Factory.Services.GetRequiredService<MailTemplates>();

    [Fact]
    public void A_value_with_HTML_or_Markdown_stays_literal_text_in_the_mail()
    {
        var mail = _templates.Render("wachtwoord-herstellen", new Dictionary<string, string>
        {
            ["naam"] = "<script>alert('x')</script> [klik](javascript:alert(1)) **vet**",
            ["geldig"] = "twee uur",
        }, "https://localhost/wachtwoord-herstellen?code=abc");

        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_link_becomes_a_button_in_HTML_and_a_plain_line_in_text()
    {
        var mail = _templates.Render("wachtwoord-herstellen", new Dictionary<string, string> { ["naam"] = "Anna", ["geldig"] = "twee uur" }, "https://localhost/x?y=1&z=2");

        Assert.Contains("href=\"https://localhost/x?y=1&amp;z=2\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Kies een nieuw wachtwoord: https://localhost/x?y=1&z=2", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_value_is_a_programming_error_not_a_half_filled_mail()
    {
        Assert.Throws<InvalidOperationException>(() => _templates.Render("wachtwoord-herstellen", new Dictionary<string, string> { ["naam"] = "Anna" }));
    }

    [Fact]
    public void Every_template_in_content_mail_has_a_subject()
    {
        Assert.NotEmpty(_templates.All);
        Assert.All(_templates.All, template => Assert.False(string.IsNullOrWhiteSpace(template.Subject)));
    }
}
