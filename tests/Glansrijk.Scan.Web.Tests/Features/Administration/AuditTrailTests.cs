using System.Net;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Administration;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task Approving_and_rejecting_account_requests_are_logged_with_names_only()
    {
        await using var app = new ScanAppFactory();
        var administrator = await app.CreateAdministratorBrowserAsync();
        using var visitor = app.CreateBrowser();
        await visitor.RequestAccountAsync("ilse@debrug.nl");
        await visitor.RequestAccountAsync("piet@elders.nl", fields => fields["Input.Name"] = "Piet Puk");
        var ilse = await app.WithDatabaseAsync(db => db.AccountRequests.Where(r => r.Email == "ilse@debrug.nl").Select(r => r.Id).SingleAsync());
        var piet = await app.WithDatabaseAsync(db => db.AccountRequests.Where(r => r.Email == "piet@elders.nl").Select(r => r.Id).SingleAsync());

        await administrator.DecideAsync(ilse, "Approve");
        await administrator.DecideAsync(piet, "Reject", "Deze regio doet al mee via een ander initiatief.");
        var log = await administrator.GetAsync("/beheer/logboek");
        var html = await log.TextAsync();

        Assert.Equal(
            [(AuditActions.AccountRequestApproved, "Ilse de Boer"), (AuditActions.AccountRequestRejected, "Piet Puk")],
            await ManageAccountTests.AuditAsync(app, "Bea Beheer"));
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        Assert.Contains("Accountaanvraag afgewezen", html, StringComparison.Ordinal);
        Assert.Contains("Piet Puk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("piet@elders.nl", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ander initiatief", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_shows_the_newest_first_a_page_at_a_time()
    {
        await using var app = new ScanAppFactory();
        var administrator = await app.CreateAdministratorBrowserAsync();
        await app.WithDatabaseAsync(async db =>
        {
            var start = new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);
            db.AuditEntries.AddRange(Enumerable.Range(1, AuditTrailModel.PageSize + 5).Select(n => new AuditEntry
            {
                At = start.AddMinutes(n),
                ActorName = "Bea Beheer",
                Action = AuditActions.AccountUnlocked,
                SubjectName = $"Persoon {n}",
            }));
            return await db.SaveChangesAsync();
        });

        var first = await (await administrator.GetAsync("/beheer/logboek")).TextAsync();
        var second = await (await administrator.GetAsync("/beheer/logboek?pagina=2")).TextAsync();

        Assert.Contains($"Persoon {AuditTrailModel.PageSize + 5}<", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Persoon 5<", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/logboek?pagina=2\"", first, StringComparison.Ordinal);
        Assert.Contains("Persoon 5<", second, StringComparison.Ordinal);
        Assert.Contains("Persoon 1<", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/logboek?pagina=1\"", second, StringComparison.Ordinal);
    }
}
