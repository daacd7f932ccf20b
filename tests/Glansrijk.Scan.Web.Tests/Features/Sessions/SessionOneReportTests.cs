using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Glansrijk.Scan.Web.Tests.Features.Sessions.PrioritisingRoom;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

public sealed partial class SessionOneReportTests(LiveSessionApp fixture) : IClassFixture<LiveSessionApp>
{
    private const string Subject = "Verslag van sessie 1: Implementatiescan Drechtsteden 2027";

    private ScanAppFactory App => fixture.App;

    [Fact]
    public async Task The_report_page_is_for_the_initiator_and_the_scans_own_participants_and_nobody_else()
    {
        await using var room = await FocusConfirmedAsync(App, "verslag@debrug.nl");
        var path = $"/scans/{room.Room.ScanId}/sessie-1";
        var participant = await room.Room.Scenario.ParticipantAsync("deelnemer1@regio.nl");
        var other = await ScanScenario.SignedInInitiatorAsync(App, "ander-verslag@debrug.nl");
        var otherScan = await other.CreateScanAsync(ScanScenario.ScanForm("Zuid-Holland Zuid"));
        await other.AddSeatsAsync(otherScan, 1, first: 40);
        await other.SendInvitationsAsync(otherScan);
        var outsider = await other.ParticipantAsync("deelnemer40@regio.nl");

        var byInitiator = await room.Room.Scenario.Initiator.GetAsync(path);
        var byParticipant = await participant.GetAsync(path);
        var byOtherInitiator = await other.Initiator.GetAsync(path);
        var byOutsider = await outsider.GetAsync(path);
        var byStranger = await App.CreateBrowser().GetAsync(path);
        var outsidersDocument = await outsider.GetAsync($"{path}/word");

        Assert.Equal(HttpStatusCode.OK, byInitiator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byParticipant.StatusCode);
        var page = await byParticipant.Content.ReadAsStringAsync();
        Assert.Contains("Verslag van sessie 1", page, StringComparison.Ordinal);
        Assert.Contains("Deelnemer 1", page, StringComparison.Ordinal);
        Assert.Contains("1. Gedeelde ambitie", page, StringComparison.Ordinal);
        Assert.Contains("sterk verdeeld", page, StringComparison.Ordinal);
        Assert.Contains("Het werkt niet bij de overdracht &amp; niemand belt", page, StringComparison.Ordinal);
        Assert.Contains("veel punten (33)", page, StringComparison.Ordinal);
        Assert.Contains("lage score (mediaan 1)", page, StringComparison.Ordinal);
        Assert.Contains("class=\"chart", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byOtherInitiator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsidersDocument.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byStranger.StatusCode);
        Assert.Contains("/inloggen", byStranger.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_report_downloads_as_a_valid_Word_document_with_the_scores_the_ranking_and_the_focus()
    {
        await using var room = await FocusConfirmedAsync(App, "word-verslag@debrug.nl");

        var response = await room.Room.Scenario.Initiator.GetAsync($"/scans/{room.Room.ScanId}/sessie-1/word");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SessionOneDocument.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("verslag-sessie-1-drechtsteden-2027.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Verslag van sessie 1", text, StringComparison.Ordinal);
        Assert.Contains("Deelnemer 11", text, StringComparison.Ordinal);
        Assert.Contains("1. Gedeelde ambitie", text, StringComparison.Ordinal);
        Assert.Contains("sterk verdeeld", text, StringComparison.Ordinal);
        Assert.Contains("Het werkt niet bij de overdracht & niemand belt <script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("veel punten (33)", text, StringComparison.Ordinal);
        Assert.Contains("Focusnormen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_session_1_mails_the_report_once_to_everyone_with_a_personal_link_to_the_page()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort, signInPerMinute: 10_000);
        await using var room = await FocusConfirmedAsync(app, "mail-verslag@debrug.nl");

        var endId = Guid.NewGuid();
        var ended = await room.Chair.InvokeAsync(nameof(SessionHub.End), endId);
        var endedAgain = await room.Chair.InvokeAsync(nameof(SessionHub.End), endId);
        var endedOnceMore = await room.Chair.InvokeAsync(nameof(SessionHub.End), Guid.NewGuid());
        var byHand = await SendAgainAsync(app, room.Room.ScanId);

        Assert.True(ended.Ok, ended.Message);
        Assert.True(endedAgain.Ok, endedAgain.Message);
        Assert.False(endedOnceMore.Ok);
        Assert.Equal("Deze sessie is afgelopen.", endedOnceMore.Message);
        Assert.Equal(0, byHand);
        var keys = await app.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.IdempotencyKey!.StartsWith("verslag-sessie-1:")).Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal(12, keys.Count);
        Assert.Equal(12, keys.Distinct().Count());
        var mails = await smtp.WaitForAsync("deelnemer5@regio.nl", count: 2);
        var report = Assert.Single(mails, m => m.Subject == Subject);
        Assert.Contains("3. Afspraken en middelen", report.Text, StringComparison.Ordinal);
        Assert.Contains("12 deelnemers", report.Text, StringComparison.Ordinal);
        var link = ReportLink().Match(report.Text!);
        Assert.True(link.Success, report.Text);
        var initiatorMail = Assert.Single(await smtp.WaitForAsync("mail-verslag@debrug.nl"), m => m.Subject == Subject);
        Assert.Contains($"https://scan.glansrijk.test/scans/{room.Room.ScanId}/sessie-1", initiatorMail.Text, StringComparison.Ordinal);

        var browser = app.CreateBrowser(new CookieContainer());
        var opened = await browser.GetAsync(new Uri(link.Value).PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/scans/{room.Room.ScanId}/sessie-1", opened.Headers.Location!.OriginalString);
        var page = await browser.GetAsync(opened.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Focusnormen", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rows = await app.SettledAsync(m => m.ToAddress == "deelnemer5@regio.nl" && m.Subject == Subject);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(rows).Status);
        Assert.Single(await smtp.AllAsync(), m => m.Subject == Subject && m.To.Any(t => t.Address == "deelnemer5@regio.nl"));
    }

    /// <summary>A scored session 1 with an improvement point, prioritised (every tablet gives all 3 points to norm 3)
    /// and the focus confirmed as the tool proposed it.</summary>
    private static async Task<PrioritisingRoom> FocusConfirmedAsync(ScanAppFactory app, string initiatorEmail)
    {
        var room = await ScoredAsync(app, initiatorEmail);
        var point = await room.Chair.InvokeAsync(nameof(SessionHub.RecordImprovementPoint), Guid.NewGuid(), LowNorm, "Het werkt niet bij de overdracht & niemand belt <script>alert(1)</script>");
        Assert.True(point.Ok, point.Message);
        await room.StartAsync();
        foreach (var tablet in room.Tablets)
        {
            Assert.True((await DistributeAsync(tablet, new() { [PopularNorm] = 3 })).Ok);
        }

        Assert.True((await room.Chair.InvokeAsync(nameof(SessionHub.ClosePrioritising), Guid.NewGuid())).Ok);
        var confirmed = await room.Chair.InvokeAsync(nameof(SessionHub.ConfirmFocus), Guid.NewGuid(), new[] { PopularNorm, LowNorm, SplitNorm });
        Assert.True(confirmed.Ok, confirmed.Message);
        return room;
    }

    private static async Task<int> SendAgainAsync(ScanAppFactory app, Guid scanId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SessionOneReportMail>().SendOnceAsync(scanId, CancellationToken.None);
    }

    [GeneratedRegex(@"https://scan\.glansrijk\.test/deelnemer/[A-Za-z0-9_-]{20,}\?naar=sessie-1")]
    private static partial Regex ReportLink();
}
