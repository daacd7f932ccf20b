using System.Net;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Invitations;

public sealed class InvitationTests
{
    [Fact]
    public async Task The_invitation_arrives_through_SMTP_with_the_personal_link_and_a_calendar_of_both_sessions()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 2);

        var sent = await scenario.SendInvitationsAsync(scanId);
        var mail = Assert.Single(await smtp.WaitForAsync("deelnemer1@regio.nl"));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("Uitnodiging: Implementatiescan Drechtsteden 2027", mail.Subject);
        Assert.Contains("Beste Deelnemer 1", mail.Text, StringComparison.Ordinal);
        Assert.Contains("woensdag 10 februari 2027, 13.00–16.30 uur", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Neem een tablet of laptop mee", mail.Html, StringComparison.Ordinal);
        Assert.Matches("https://scan\\.glansrijk\\.test/deelnemer/[A-Za-z0-9_-]{40,}", mail.Text!);

        var calendarText = await smtp.AttachmentAsync(mail, "implementatiescan.ics");
        var calendar = Calendar.Load(calendarText)!;
        Assert.Equal(2, calendar.Events.Count);
        var first = calendar.Events.OrderBy(e => e.DtStart!.Value).First();
        Assert.Equal(new DateTime(2027, 2, 10, 12, 0, 0, DateTimeKind.Utc), first.DtStart!.AsUtc);
        Assert.Equal("Stadskantoor Dordrecht, zaal 3", first.Location);
        Assert.All((await scenario.LoadScanAsync(scanId)).Seats.Where(s => !s.IsInitiator), s => Assert.Equal(SeatStatus.Invited, s.Status));
    }

    [Fact]
    public async Task Opening_the_link_and_accepting_shows_as_accepted_for_the_initiator()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 2);
        await scenario.SendInvitationsAsync(scanId);
        using var participant = await scenario.ParticipantAsync("deelnemer1@regio.nl");

        var page = await (await participant.GetAsync("/deelnemer")).TextAsync();
        var accepted = await participant.PostFormAsync("/deelnemer?handler=Accept", new Dictionary<string, string> { ["Message"] = "Tot dan!" }, "/deelnemer");

        Assert.Contains("Welkom, Deelnemer 1", page, StringComparison.Ordinal);
        Assert.Contains("Deelnemer 2", page, StringComparison.Ordinal);
        Assert.DoesNotContain("deelnemer2@regio.nl", page, StringComparison.Ordinal);
        Assert.Contains("/normen/norm-07", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var seat = await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl");
        Assert.Equal(SeatStatus.Accepted, seat.Status);
        Assert.Equal("Tot dan!", seat.ResponseMessage);
        Assert.Contains("Doet mee", await (await scenario.Initiator.GetAsync($"/scans/{scanId}")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_can_download_both_sessions_as_a_calendar_file()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);
        await scenario.SendInvitationsAsync(scanId);
        using var participant = await scenario.ParticipantAsync("deelnemer1@regio.nl");

        var response = await participant.GetAsync("/deelnemer?handler=Calendar");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(2, Calendar.Load(await response.Content.ReadAsStringAsync())!.Events.Count);
    }

    [Fact]
    public async Task Submitting_the_send_form_twice_sends_each_invitation_once()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 3);
        var page = await (await scenario.Initiator.GetAsync($"/scans/{scanId}/uitnodiging")).TextAsync();
        var commandId = System.Text.RegularExpressions.Regex.Match(page, "name=\"CommandId\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        var form = new Dictionary<string, string> { ["CommandId"] = commandId };

        await scenario.Initiator.PostFormAsync($"/scans/{scanId}/uitnodiging?handler=Send", form, $"/scans/{scanId}/uitnodiging");
        await scenario.Initiator.PostFormAsync($"/scans/{scanId}/uitnodiging?handler=Send", form, $"/scans/{scanId}/uitnodiging");

        Assert.Equal(3, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync()));
        Assert.All((await scenario.LoadScanAsync(scanId)).Seats.Where(s => !s.IsInitiator), s => Assert.Equal(1, s.InvitationsSent));
    }

    [Fact]
    public async Task Resending_to_one_person_twice_with_the_same_form_sends_one_mail()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);
        var seat = await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl");
        var form = new Dictionary<string, string> { ["CommandId"] = Guid.NewGuid().ToString() };

        await scenario.Initiator.PostFormAsync($"/scans/{scanId}/deelnemers/{seat.Id}?handler=Invite", form, $"/scans/{scanId}/deelnemers/{seat.Id}");
        await scenario.Initiator.PostFormAsync($"/scans/{scanId}/deelnemers/{seat.Id}?handler=Invite", form, $"/scans/{scanId}/deelnemers/{seat.Id}");

        Assert.Equal(1, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task With_SMTP_down_invitations_wait_in_the_outbox_and_go_out_when_it_is_back()
    {
        var smtp = new MailDevServer();
        await using (smtp)
        {
            await using var app = new ScanAppFactory(smtp.SmtpPort);
            var scenario = await ScanScenario.SignedInInitiatorAsync(app);
            var scanId = await scenario.CreateScanAsync();
            await scenario.AddSeatsAsync(scanId, 2);

            await scenario.SendInvitationsAsync(scanId);
            await WaitUntilAsync(app, db => db.OutboxMessages.AllAsync(m => m.Attempts >= 1 && m.Status == OutboxStatus.Pending));
            await smtp.StartListeningAsync();

            Assert.Single(await smtp.WaitForAsync("deelnemer1@regio.nl"));
            Assert.Single(await smtp.WaitForAsync("deelnemer2@regio.nl"));
            await WaitUntilAsync(app, db => db.OutboxMessages.AllAsync(m => m.Status == OutboxStatus.Sent));
        }
    }

    [Fact]
    public async Task An_invitation_the_mail_server_refuses_for_good_marks_the_seat_undeliverable()
    {
        await using var smtp = await MailDevServer.StartAsync("--max-message-size", "300");
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);

        await scenario.SendInvitationsAsync(scanId);
        await WaitUntilAsync(app, db => db.OutboxMessages.AllAsync(m => m.Status == OutboxStatus.Failed));

        Assert.Equal(SeatStatus.Undeliverable, (await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl")).Status);
        Assert.Contains("Onbestelbaar", await (await scenario.Initiator.GetAsync($"/scans/{scanId}")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Those_who_did_not_answer_get_one_reminder_through_SMTP_however_often_the_job_runs()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 2);
        await scenario.SendInvitationsAsync(scanId);
        using (var answered = await scenario.ParticipantAsync("deelnemer2@regio.nl"))
        {
            await answered.PostFormAsync("/deelnemer?handler=Decline", new Dictionary<string, string>(), "/deelnemer");
        }

        var first = await RemindAsync(app);
        var second = await RemindAsync(app);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var rows = await app.SettledToAsync("deelnemer1@regio.nl");
        Assert.Equal(2, rows.Count);
        Assert.All(rows, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Single(rows, m => m.Subject == "Herinnering: Implementatiescan Drechtsteden 2027");
        var mails = await smtp.WaitForAsync("deelnemer1@regio.nl", count: 2);
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Subject == "Herinnering: Implementatiescan Drechtsteden 2027");
        Assert.Single(await smtp.WaitForAsync("deelnemer2@regio.nl"));
    }

    [Fact]
    public async Task A_replaced_persons_link_and_cookie_stop_working_with_a_friendly_page()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);
        await scenario.SendInvitationsAsync(scanId);
        var oldLink = await scenario.PersonalLinkOfAsync("deelnemer1@regio.nl");
        using var oldParticipant = await scenario.ParticipantAsync("deelnemer1@regio.nl");
        var seat = await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl");

        var replaced = await scenario.Initiator.PostFormAsync($"/scans/{scanId}/deelnemers/{seat.Id}?handler=Replace", new Dictionary<string, string>
        {
            ["Replacement.Name"] = "Nieuwe Persoon",
            ["Replacement.Organisation"] = "Organisatie 1",
            ["Replacement.Function"] = "Teamleider",
            ["Replacement.Email"] = "nieuw@regio.nl",
            ["Replacement.DomainId"] = "onderwijs",
        }, $"/scans/{scanId}/deelnemers/{seat.Id}");
        using var stranger = app.CreateBrowser();
        var reopened = await stranger.GetAsync(oldLink);
        var withCookie = await oldParticipant.GetAsync("/deelnemer");

        Assert.True(replaced.StatusCode == HttpStatusCode.Redirect, await replaced.TextAsync());
        Assert.Equal(HttpStatusCode.Gone, reopened.StatusCode);
        Assert.Contains("Deze link werkt niet (meer)", await reopened.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withCookie.StatusCode);
        Assert.Contains("/deelnemer/geen-link", withCookie.Headers.Location!.ToString(), StringComparison.Ordinal);
        var current = await scenario.SeatOfAsync(scanId, "nieuw@regio.nl");
        Assert.Equal(SeatStatus.Invited, current.Status);
    }

    [Fact]
    public async Task Replacing_someone_who_declined_invites_the_newcomer_with_their_own_link_and_the_same_calendar()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);
        await scenario.SendInvitationsAsync(scanId);
        using (var declining = await scenario.ParticipantAsync("deelnemer1@regio.nl"))
        {
            await declining.PostFormAsync("/deelnemer?handler=Decline", new Dictionary<string, string> { ["Message"] = "Ik stuur een collega." }, "/deelnemer");
        }

        var original = await smtp.AttachmentAsync(Assert.Single(await smtp.WaitForAsync("deelnemer1@regio.nl")), "implementatiescan.ics");
        var seat = await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl");
        Assert.Equal(SeatStatus.Declined, seat.Status);
        var form = new Dictionary<string, string>
        {
            ["Replacement.Name"] = "Nieuwe Persoon",
            ["Replacement.Organisation"] = "Organisatie 1",
            ["Replacement.Email"] = "nieuw@regio.nl",
            ["Replacement.DomainId"] = "onderwijs",
            ["CommandId"] = Guid.NewGuid().ToString(),
        };

        var replaced = await scenario.Initiator.PostFormAsync($"/scans/{scanId}/deelnemers/{seat.Id}?handler=Replace", form, $"/scans/{scanId}/deelnemers/{seat.Id}");
        var sentAgain = await scenario.Initiator.PostFormAsync($"/scans/{scanId}/deelnemers/{seat.Id}?handler=Replace", form, $"/scans/{scanId}/deelnemers/{seat.Id}");

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sentAgain.StatusCode);
        var notice = await (await scenario.Initiator.GetAsync($"/scans/{scanId}")).TextAsync();
        Assert.Contains("Nieuwe Persoon staat al op deze plaats.", notice, StringComparison.Ordinal);
        var mail = Assert.Single(await smtp.WaitForAsync("nieuw@regio.nl"));
        Assert.Equal("Uitnodiging: Implementatiescan Drechtsteden 2027", mail.Subject);
        Assert.Contains("Beste Nieuwe Persoon", mail.Text, StringComparison.Ordinal);
        Assert.Equal(Calendar.Load(original)!.Events.Select(e => (e.DtStart!.AsUtc, e.Location)), Calendar.Load(await smtp.AttachmentAsync(mail, "implementatiescan.ics"))!.Events.Select(e => (e.DtStart!.AsUtc, e.Location)));
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == "nieuw@regio.nl")));
        using var newcomer = app.CreateBrowser();
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(mail.Text!, @"https://scan\.glansrijk\.test/deelnemer/\S+").Value).PathAndQuery;
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.GetAsync(link)).StatusCode);
        Assert.Contains("Welkom, Nieuwe Persoon", await (await newcomer.GetAsync("/deelnemer")).TextAsync(), StringComparison.Ordinal);
        Assert.Equal(SeatStatus.Invited, (await scenario.SeatOfAsync(scanId, "nieuw@regio.nl")).Status);
    }

    [Fact]
    public async Task The_confirmation_after_replacing_says_the_newcomer_got_the_invitation()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);
        await scenario.SendInvitationsAsync(scanId);
        var seat = await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl");

        await scenario.Initiator.PostFormAsync($"/scans/{scanId}/deelnemers/{seat.Id}?handler=Replace", new Dictionary<string, string>
        {
            ["Replacement.Name"] = "Nieuwe Persoon",
            ["Replacement.Organisation"] = "Organisatie 1",
            ["Replacement.Email"] = "nieuw@regio.nl",
            ["Replacement.DomainId"] = "onderwijs",
            ["CommandId"] = Guid.NewGuid().ToString(),
        }, $"/scans/{scanId}/deelnemers/{seat.Id}");
        var page = await (await scenario.Initiator.GetAsync($"/scans/{scanId}")).TextAsync();

        Assert.Contains("Deelnemer 1 is vervangen door Nieuwe Persoon. De link van Deelnemer 1 werkt niet meer. Nieuwe Persoon heeft de uitnodiging gekregen, met een eigen persoonlijke link en het agenda-bestand van de sessies.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replacing_a_person_by_someone_already_on_the_scan_is_refused_and_the_old_link_keeps_working()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 2);
        await scenario.SendInvitationsAsync(scanId);
        var seat = await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl");

        var refused = await scenario.Initiator.PostFormAsync($"/scans/{scanId}/deelnemers/{seat.Id}?handler=Replace", new Dictionary<string, string>
        {
            ["Replacement.Name"] = "Deelnemer 2 nog eens",
            ["Replacement.Organisation"] = "Organisatie 2",
            ["Replacement.Email"] = "DEELNEMER2@regio.nl",
            ["Replacement.DomainId"] = "onderwijs",
        }, $"/scans/{scanId}/deelnemers/{seat.Id}");
        using var participant = await scenario.ParticipantAsync("deelnemer1@regio.nl");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("DEELNEMER2@regio.nl doet al mee aan deze scan", await refused.TextAsync(), StringComparison.Ordinal);
        var unchanged = await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl");
        Assert.Equal(SeatStatus.Invited, unchanged.Status);
        Assert.Equal(1, unchanged.Occupancy);
        Assert.Equal(HttpStatusCode.OK, (await participant.GetAsync("/deelnemer")).StatusCode);
    }

    [Fact]
    public async Task A_participant_message_that_is_too_long_is_refused_in_Dutch_and_the_answer_stays()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);
        await scenario.SendInvitationsAsync(scanId);
        using var participant = await scenario.ParticipantAsync("deelnemer1@regio.nl");

        var response = await participant.PostFormAsync("/deelnemer?handler=Decline", new Dictionary<string, string> { ["Message"] = new string('x', 1001) }, "/deelnemer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Gebruik hoogstens 1000 tekens.", await response.TextAsync(), StringComparison.Ordinal);
        var seat = await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl");
        Assert.Equal(SeatStatus.Invited, seat.Status);
        Assert.Null(seat.ResponseMessage);
    }

    [Fact]
    public async Task A_made_up_link_is_refused_and_the_participant_page_needs_a_link()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var madeUp = await browser.GetAsync("/deelnemer/" + new string('A', 43));
        var page = await browser.GetAsync("/deelnemer");

        Assert.Equal(HttpStatusCode.NotFound, madeUp.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/deelnemer/geen-link", page.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_participant_sees_only_their_own_seat_and_scan()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanA = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanA, 1);
        await scenario.SendInvitationsAsync(scanA);
        var other = await ScanScenario.SignedInInitiatorAsync(app, "ander@gemeente.nl");
        var scanB = await other.CreateScanAsync(ScanScenario.ScanForm(region: "Gorinchem"));
        await other.AddSeatsAsync(scanB, 1, first: 7);
        await other.SendInvitationsAsync(scanB);

        using var participantA = await scenario.ParticipantAsync("deelnemer1@regio.nl");
        var pageA = await (await participantA.GetAsync("/deelnemer")).TextAsync();

        Assert.Contains("Implementatiescan Drechtsteden", pageA, StringComparison.Ordinal);
        Assert.DoesNotContain("Gorinchem", pageA, StringComparison.Ordinal);
        Assert.DoesNotContain("Deelnemer 7", pageA, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await participantA.GetAsync($"/scans/{scanB}")).StatusCode);
    }

    [Fact]
    public async Task Script_in_the_invitation_text_never_reaches_the_mail_or_the_preview()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);
        const string text = "Beste {{naam}},\n\n<script>alert('mail')</script>\n\n[Klik hier](javascript:alert(1)) of <javascript:alert(2)>\n\n<img src=x onerror=alert(3)>";

        var saved = await scenario.Initiator.PostFormAsync($"/scans/{scanId}/uitnodiging?handler=Save", new Dictionary<string, string> { ["Text"] = text }, $"/scans/{scanId}/uitnodiging");
        var previewHtml = await (await scenario.Initiator.GetAsync($"/scans/{scanId}/uitnodiging")).Content.ReadAsStringAsync();
        previewHtml = previewHtml[previewHtml.IndexOf("Voorbeeld van de mail", StringComparison.Ordinal)..];
        await scenario.SendInvitationsAsync(scanId);
        var mailHtml = (await app.DeliveredMailAsync(m => m.ToAddress == "deelnemer1@regio.nl")).HtmlBody;

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        foreach (var html in new[] { previewHtml, mailHtml })
        {
            Assert.Contains("Beste Deelnemer 1", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_unknown_placeholder_in_the_invitation_text_is_refused_in_Dutch()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();

        var response = await scenario.Initiator.PostFormAsync($"/scans/{scanId}/uitnodiging?handler=Save", new Dictionary<string, string> { ["Text"] = "Beste {{voornaam}}," }, $"/scans/{scanId}/uitnodiging");

        Assert.Contains("Onbekende invulplek: {{voornaam}}", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Null((await scenario.LoadScanAsync(scanId)).InvitationText);
    }

    private static async Task<int> RemindAsync(ScanAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Web.Features.Invitations.Invitations>().RemindAsync(TimeSpan.Zero, CancellationToken.None);
    }

    private static Task WaitUntilAsync(ScanAppFactory app, Func<Persistence.ScanDbContext, Task<bool>> condition) =>
        Eventually.TrueAsync(() => app.WithDatabaseAsync(condition), "the outbox state this test waits for");
}
