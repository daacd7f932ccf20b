using System.Text.RegularExpressions;

namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>Live-session steps that several journeys share, done as the chair and the tablets do them in the browser.</summary>
public static partial class SessionSteps
{
    /// <summary>Session 1, minimally: each invited person accepts from their mail and joins on a tablet of their own,
    /// everyone (the chair too) scores norm 1 "Nog niet" so the tool proposes it as focus, the chair notes
    /// <paramref name="improvementPoint"/> and ends the session. The chair started it already; returns the tablets, in
    /// the order of <paramref name="emails"/>, which the caller disposes.</summary>
    public static async Task<List<Tab>> HoldShortSessionOneAsync(
        this IPage chair, Browser browser, AppServer app, IEnumerable<string> emails, string improvementPoint)
    {
        var tablets = new List<Tab>();
        foreach (var email in emails)
        {
            var invitation = await app.LatestToAsync(email, "Uitnodiging");
            var tab = await browser.OpenTabAsync(app, Viewport.Tablet);
            tablets.Add(tab);
            await tab.Page.GotoAsync(invitation.LinkTo(app, "/deelnemer/"));
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Ja, ik doe mee" }).ClickAsync();
            await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Naar sessie 1" }).ClickAsync();
            await Expect(tab.Page.GetByText("Wacht op de voorzitter…")).ToBeVisibleAsync();
        }

        await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde openen" }).ClickAsync();
        foreach (var page in tablets.Select(t => t.Page).Append(chair))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Nog niet", Exact = true }).ClickAsync();
            await Expect(page.GetByText("Opgeslagen: Nog niet.")).ToBeVisibleAsync();
        }

        await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde sluiten" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Uitslag tonen" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Opnieuw stemmen" })).ToBeEnabledAsync();
        await chair.GetByLabel("Nieuw verbeterpunt").FillAsync(improvementPoint);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Verbeterpunt toevoegen" }).ClickAsync();
        await Expect(chair.GetByText("Verbeterpunt opgeslagen.")).ToBeVisibleAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Sessie beëindigen" }).ClickAsync();
        await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "De sessie is afgelopen" })).ToBeVisibleAsync();
        return tablets;
    }

    /// <summary>The screen's code from the chair's console ("Scherm" region).</summary>
    public static async Task<string> ScreenCodeAsync(this IPage chair) =>
        CodePattern().Match(await chair.GetByRole(AriaRole.Region, new() { Name = "Scherm", Exact = true }).TextContentAsync() ?? "").Value;

    [GeneratedRegex("[2-9ABCDEFGHJKMNPQRSTUVWXYZ]{6}")]
    private static partial Regex CodePattern();
}
