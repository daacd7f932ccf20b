using System.Text.RegularExpressions;

namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>The account steps several flows start with, done the way a person does them in the browser.</summary>
public static partial class AccountSteps
{
    public const string AdministratorPassword = "zonlicht op de dijk bij Dordrecht";

    /// <summary>Uses the console's setup link, enrols the authenticator app and lands on /beheer.</summary>
    public static async Task CreateFirstAdministratorAsync(this IPage page, AppServer app)
    {
        await page.GotoAsync(app.SetupLink);
        await page.GetByLabel("Je naam").FillAsync("Anna de Vries");
        await page.GetByLabel("E-mailadres").FillAsync("anna.devries@regio.example");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(AdministratorPassword);
        await page.GetByLabel("Wachtwoord nog een keer").FillAsync(AdministratorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Beheerder aanmaken" }).ClickAsync();
        var key = await page.GetByText(TwoFactorApp.SharedKeyPattern()).TextContentAsync();
        await page.GetByLabel("Code van 6 cijfers").FillAsync(TwoFactorApp.Code(key!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ik heb de codes bewaard, ga verder" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/beheer");
    }

    /// <summary>Fills in and sends the public account-request form, starting from the sign-in page's link.</summary>
    public static async Task RequestAccountAsync(this IPage page, string name, string email)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vraag een account aan" }).ClickAsync();
        await page.GetByLabel("Je naam").FillAsync(name);
        await page.GetByLabel("Organisatie").FillAsync("Praktijkschool De Brug");
        await page.GetByLabel("Functie").FillAsync("Teamleider");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Onderwijs" }).CheckAsync();
        await page.GetByLabel("E-mailadres van je werk").FillAsync(email);
        await page.GetByLabel("Waarom wil je een account?").FillAsync("Wij willen in de regio Rivierenland een scan doen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag versturen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je aanvraag is verstuurd");
    }

    /// <summary>The set-password link in the approval mail.</summary>
    public static string SetPasswordLink(this MimeKit.MimeMessage mail) => SetPasswordPattern().Match(mail.TextBody ?? "").Value;

    [GeneratedRegex(@"https://\S+/wachtwoord-instellen\?\S+")]
    private static partial Regex SetPasswordPattern();
}
