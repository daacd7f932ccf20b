using System.Globalization;
using System.Text;
using System.Text.Json;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Features.Agenda.Exports;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Privacy;

/// <summary>Everything the app holds about one participant: their seat, what they did in the sessions and on the
/// verbeteragenda, their links and the mails to them. Only their own answers, never anyone else's. A person who took
/// over a seat gets only what happened since their first link, not their predecessor's votes.</summary>
public sealed record PersonalData(
    DateTime MadeAt,
    PersonalData.SeatPart Seat,
    IReadOnlyList<PersonalData.Entry> Activity)
{
    public sealed record SeatPart(
        string Scan,
        string Name,
        string Organisation,
        string Function,
        string Email,
        string Domain,
        string Status,
        bool IsInitiator,
        DateTime? InvitedAt,
        DateTime? RespondedAt,
        string? ResponseMessage);

    /// <summary>One thing the app keeps: what kind (in Dutch), about what, the value, and when.</summary>
    public sealed record Entry(string Kind, string About, string Value, DateTime? At);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>One line per fact ("onderdeel;over;waarde;moment"), in the same CSV dialect as the agenda's CSV.</summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        void Line(params string[] fields) => text.AppendJoin(';', fields.Select(AgendaCsv.Field)).Append("\r\n");
        static string When(DateTime? at) => at?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
        Line("Onderdeel", "Over", "Waarde", "Moment (UTC)");
        Line("Plaats", "Scan", Seat.Scan, "");
        Line("Plaats", "Naam", Seat.Name, "");
        Line("Plaats", "Organisatie", Seat.Organisation, "");
        Line("Plaats", "Functie", Seat.Function, "");
        Line("Plaats", "E-mailadres", Seat.Email, "");
        Line("Plaats", "Domein", Seat.Domain, "");
        Line("Plaats", "Status", Seat.Status, "");
        Line("Plaats", "Uitgenodigd", "", When(Seat.InvitedAt));
        Line("Plaats", "Geantwoord", Seat.ResponseMessage ?? "", When(Seat.RespondedAt));
        foreach (var entry in Activity)
        {
            Line(entry.Kind, entry.About, entry.Value, When(entry.At));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}

public sealed class PersonalDataExport(ScanDbContext db, Core.Content.ContentCatalog content, TimeProvider time)
{
    public async Task<PersonalData?> ForAsync(Guid scanId, Guid seatId, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.AsNoTracking().Include(s => s.Seats).SingleOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        if (scan?.Seats.SingleOrDefault(s => s.Id == seatId) is not { } seat)
        {
            return null;
        }

        var links = await db.ParticipantLinks.AsNoTracking().Where(l => l.SeatId == seatId && l.Occupancy == seat.Occupancy).ToListAsync(cancellationToken);
        var since = seat.Occupancy == 1 ? DateTime.MinValue : links.Select(l => l.CreatedAt).DefaultIfEmpty(DateTime.MaxValue).Min();
        var activity = new List<PersonalData.Entry>();
        activity.AddRange(links.Select(l => new PersonalData.Entry("Persoonlijke link", l.RevokedAt is null ? "werkt" : "ingetrokken", l.LastUsedAt is { } used ? $"laatst gebruikt {used:yyyy-MM-dd}" : "nooit gebruikt", l.CreatedAt)));

        foreach (var session in await db.LiveSessions.AsNoTracking().Where(s => s.ScanId == scanId).OrderBy(s => s.StartedAt).ToListAsync(cancellationToken))
        {
            var name = session.Kind == Core.Sessions.SessionKind.ProgressMeeting ? $"voortgangsoverleg {session.SessionNumber}" : $"sessie {session.SessionNumber}";
            if (session.Seat(seatId) is { FirstPresentAt: { } present } && present >= since)
            {
                activity.Add(new("Aanwezig", name, "ja", present));
            }

            activity.AddRange(session.Rounds.SelectMany(r => r.Votes.Where(v => v.SeatId == seatId && v.CastAt >= since).Select(v =>
                new PersonalData.Entry("Stem", $"{name}, {ItemTitle(r.ItemId)} (ronde {r.Number})", v.Comment is null ? v.OptionCode : $"{v.OptionCode}: {v.Comment}", v.CastAt))));
            activity.AddRange(session.ImprovementPoints.Where(p => p.RecordedBySeatId == seatId && p.RecordedAt >= since).Select(p =>
                new PersonalData.Entry("Verbeterpunt genoteerd", $"{name}, {ItemTitle(p.ItemId)}", p.Text, p.RecordedAt)));
        }

        foreach (var prioritisation in await db.Prioritisations.AsNoTracking().Where(p => p.ScanId == scanId).ToListAsync(cancellationToken))
        {
            activity.AddRange(prioritisation.Allocations.Where(a => a.SeatId == seatId && a.At >= since).Select(a =>
                new PersonalData.Entry("Punten bij prioriteren", ItemTitle(a.NormId), a.Points.ToString(CultureInfo.InvariantCulture), a.At)));
        }

        if (await db.ImprovementAgendas.AsNoTracking().SingleOrDefaultAsync(a => a.ScanId == scanId, cancellationToken) is { } agenda)
        {
            activity.AddRange(agenda.Proposals.Where(p => p.SeatId == seatId && p.SubmittedAt >= since).Select(p =>
                new PersonalData.Entry("Voorstel voor een actie", ItemTitle(p.NormId), p.Text, p.SubmittedAt)));
            activity.AddRange(agenda.Actions.Where(a => a.OwnerSeatId == seatId).Select(a =>
                new PersonalData.Entry("Trekker van actie", a.Title, a.Status.InWords(), a.OwnerConfirmedAt)));
            activity.AddRange(agenda.Actions.SelectMany(a => a.History.Where(u => u.BySeatId == seatId && u.At >= since).Select(u =>
                new PersonalData.Entry("Voortgang bijgewerkt", a.Title, u.Note is null ? u.To.InWords() : $"{u.To.InWords()}: {u.Note}", u.At))));
            activity.AddRange(agenda.Confirmations.Where(c => c.SeatId == seatId && c.At >= since).Select(c =>
                new PersonalData.Entry("Akkoord met de verbeteragenda", "", c.Agrees ? "akkoord" : $"niet akkoord{(c.Reason is null ? "" : ": " + c.Reason)}", c.At)));
        }

        var mails = await db.OutboxMessages.AsNoTracking().Where(m => m.SeatId == seatId && m.ToAddress == seat.Person.Email && m.ToAddress != "")
            .Select(m => new { m.Subject, m.Status, m.CreatedAt, m.SentAt }).ToListAsync(cancellationToken);
        activity.AddRange(mails.Select(m => new PersonalData.Entry("Mail aan jou", m.Subject, m.SentAt is null ? "nog niet verstuurd" : "verstuurd", m.SentAt ?? m.CreatedAt)));

        var person = seat.Person;
        return new PersonalData(
            time.GetUtcNow().UtcDateTime,
            new PersonalData.SeatPart(scan.Details.Name, person.Name, person.Organisation, person.Function, person.Email,
                content.FindDomain(person.DomainId)?.Name ?? person.DomainId, seat.Status.ToString(), seat.IsInitiator, seat.InvitedAt, seat.RespondedAt, seat.ResponseMessage),
            [.. activity.OrderBy(e => e.At)]);
    }

    private string ItemTitle(string itemId) =>
        content.Instruments.SelectMany(i => i.Items).FirstOrDefault(i => i.Id == itemId)?.Title ?? itemId;
}
