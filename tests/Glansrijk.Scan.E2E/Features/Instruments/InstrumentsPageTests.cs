namespace Glansrijk.Scan.E2E.Features.Instruments;

[Collection(E2ECollection.Name)]
public sealed class InstrumentsPageTests(AppServer app, Browser browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(Viewport.Tablet)]
    [InlineData(Viewport.Beamer)]
    public async Task The_instruments_page_shows_15_norms_in_6_themes_and_the_checklist_as_a_3_by_4_table(Viewport viewport)
    {
        await using var tab = await browser.OpenTabAsync(app, viewport);
        var page = tab.Page;

        await page.GotoAsync("/instrumenten");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kwaliteitsnormen en route doorontwikkeling");

        var norms = page.GetByRole(AriaRole.Region, new() { Name = "Kwaliteitsnormen", Exact = true });
        var themes = norms.GetByRole(AriaRole.Heading, new() { Level = 3 });
        await Expect(themes).ToHaveTextAsync(
            ["A. Visie en regie", "B. In beeld en toeleiding", "C. Overgang school–werk", "D. Werkgevers", "E. Jongere en netwerk", "F. Leren en verbeteren"]);
        var normTitles = norms.GetByRole(AriaRole.Heading, new() { Level = 4 });
        await Expect(normTitles).ToHaveCountAsync(15);
        foreach (var norm in await normTitles.AllAsync())
        {
            await Expect(norm).ToBeVisibleAsync();
        }

        await Expect(norms.GetByRole(AriaRole.Link, new() { Name = "Warme overdracht" })).ToHaveAttributeAsync("href", "/normen/norm-07");

        var checklist = page.GetByRole(AriaRole.Table, new() { Name = "Route doorontwikkeling: 3 niveaus × 4 fases" });
        await Expect(checklist).ToBeVisibleAsync();
        await Expect(checklist.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(
            ["Fase 1 Voorbereiden", "Fase 2 Richten", "Fase 3 Inrichten", "Fase 4 & 5 Verrichten en evalueren"]);
        await Expect(checklist.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Bestuurlijk", "Beleidsmatig", "Operationeel"]);

        await page.SaveScreenshotAsync("instrumenten", output);
        await page.AssertAccessibleAsync("instruments page");
    }
}
