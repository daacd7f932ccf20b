namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>The steps before a session, done as an initiator does them in the browser: get an account, plan a scan,
/// seat people and invite them.</summary>
public static class ScanSteps
{
    public const string InitiatorPassphrase = "fiets door de regen naar huis";

    /// <summary>Request an account, the (new, first) Beheerder approves it, the initiator chooses a password from the
    /// mailed link and is signed in on <paramref name="page"/>.</summary>
    public static async Task SignInAsNewInitiatorAsync(this IPage page, Browser browser, AppServer app, string email)
    {
        await using var administratorTab = await browser.OpenTabAsync(app, Viewport.Tablet);
        await administratorTab.Page.CreateFirstAdministratorAsync(app);
        await page.SignInAsInitiatorApprovedByAsync(administratorTab.Page, app, email);
    }

    /// <summary>As <see cref="SignInAsNewInitiatorAsync"/>, with a Beheerder already signed in on
    /// <paramref name="administrator"/> (who stays signed in there).</summary>
    public static async Task SignInAsInitiatorApprovedByAsync(this IPage page, IPage administrator, AppServer app, string email)
    {
        await page.GotoAsync("/account-aanvragen");
        await page.GetByLabel("Je naam").FillAsync("Ilse Initiatief");
        await page.GetByLabel("Organisatie").FillAsync("Praktijkschool De Brug");
        await page.GetByLabel("Functie").FillAsync("Directeur");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Onderwijs" }).CheckAsync();
        await page.GetByLabel("E-mailadres van je werk").FillAsync(email);
        await page.GetByLabel("Waarom wil je een account?").FillAsync("Wij willen met de Drechtsteden een scan doen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag versturen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je aanvraag is verstuurd");

        await administrator.GotoAsync("/beheer/aanvragen");
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Ilse Initiatief" }).ClickAsync();
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Aanvraag goedkeuren" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Status)).ToContainTextAsync("is goedgekeurd");

        var approval = await app.LatestToAsync(email);
        await page.GotoAsync(approval.SetPasswordLink());
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(InitiatorPassphrase);
        await page.GetByLabel("Wachtwoord nog een keer").FillAsync(InitiatorPassphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan en inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Welkom bij Glansrijk.Scan");
    }

    /// <summary>Plans a scan with the initiator in the Onderwijs domain and lands on the scan's page.</summary>
    public static async Task CreateScanAsync(this IPage page, string name, string region)
    {
        await page.GotoAsync("/scans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe scan" }).ClickAsync();
        await page.GetByLabel("Naam van de scan").FillAsync(name);
        await page.GetByLabel("Regio", new() { Exact = true }).FillAsync(region);
        var sessions = page.GetByRole(AriaRole.Group);
        var session1 = sessions.Filter(new() { Has = page.GetByText("Sessie 1", new() { Exact = true }) });
        var session2 = sessions.Filter(new() { Has = page.GetByText("Sessie 2", new() { Exact = true }) });
        await session1.GetByLabel("Datum").FillAsync("2027-02-10");
        await session1.GetByLabel("Plaats").FillAsync("Stadskantoor Dordrecht, zaal 3");
        await session2.GetByLabel("Datum").FillAsync("2027-02-24");
        await session2.GetByLabel("Plaats").FillAsync("Stadskantoor Dordrecht, zaal 3");
        await page.GetByLabel("Je organisatie", new() { Exact = true }).FillAsync("Praktijkschool De Brug");
        await page.GetByLabel("Domein van je organisatie").SelectOptionAsync(new SelectOptionValue { Label = "Onderwijs" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan aanmaken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }

    /// <summary>From the initiator's scan list: opens the scan and presses "Sessie <paramref name="number"/> starten",
    /// which leads to the live session with the chair's console.</summary>
    public static async Task StartSessionAsync(this IPage page, string scanName, int number)
    {
        await page.GotoAsync("/scans");
        await page.GetByRole(AriaRole.Link, new() { Name = scanName }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sessie {number} starten" }).ClickAsync();
    }

    /// <summary>Seats the people (from the scan's page) and sends them the invitation; back on the scan's page.</summary>
    public static async Task SeatAndInviteAsync(this IPage page, IReadOnlyList<(string Name, string Organisation, string Email, string Domain)> people)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Deelnemer toevoegen" }).ClickAsync();
        for (var i = 0; i < people.Count; i++)
        {
            var (name, organisation, email, domain) = people[i];
            await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
            await page.GetByLabel("Organisatie", new() { Exact = true }).FillAsync(organisation);
            await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
            await page.GetByLabel("Domein", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = domain });
            await page.GetByRole(AriaRole.Button, new() { Name = i < people.Count - 1 ? "Toevoegen en nog iemand" : "Toevoegen", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is toegevoegd.");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Uitnodiging bekijken en versturen" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Verstuur naar {people.Count} deelnemers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De uitnodiging is verstuurd naar {people.Count} deelnemers.");
    }
}
