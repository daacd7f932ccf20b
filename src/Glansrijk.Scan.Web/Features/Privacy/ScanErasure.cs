using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Privacy;

/// <summary>What deleting a scan takes with it, counted, so the confirmation page can name it.</summary>
public sealed record ScanFootprint(
    int Seats,
    int Links,
    int LiveSessions,
    int Votes,
    int ImprovementPoints,
    int Proposals,
    int Actions,
    int FollowUps,
    int Mails)
{
    /// <summary>"12 deelnemers, 2 sessies, 143 stemmen, …": only what there is.</summary>
    public IReadOnlyList<string> InWords() =>
    [
        .. new (int Count, string One, string More)[]
        {
            (Seats, "deelnemer (met de initiatiefnemer)", "deelnemers (met de initiatiefnemer)"),
            (Links, "persoonlijke link", "persoonlijke links"),
            (LiveSessions, "live sessie", "live sessies"),
            (Votes, "stem", "stemmen"),
            (ImprovementPoints, "verbeterpunt", "verbeterpunten"),
            (Proposals, "voorstel voor een actie", "voorstellen voor acties"),
            (Actions, "actie op de verbeteragenda", "acties op de verbeteragenda"),
            (FollowUps, "voortgangsmelding", "voortgangsmeldingen"),
            (Mails, "verstuurde of wachtende mail", "verstuurde of wachtende mails"),
        }.Where(part => part.Count > 0).Select(part => $"{part.Count} {(part.Count == 1 ? part.One : part.More)}"),
    ];
}

/// <summary>Removes personal data: a whole scan, one person who left a scan, or every person of a scan whose
/// retention period has passed. Votes, points and the agenda stay where the scan stays; only who said it goes.</summary>
public sealed class ScanErasure(ScanDbContext db)
{
    public async Task<ScanFootprint> FootprintAsync(Guid scanId, CancellationToken cancellationToken)
    {
        var sessions = db.LiveSessions.Where(s => s.ScanId == scanId);
        var agendas = db.ImprovementAgendas.Where(a => a.ScanId == scanId);
        return new ScanFootprint(
            await db.Scans.Where(s => s.Id == scanId).SelectMany(s => s.Seats).CountAsync(cancellationToken),
            await db.ParticipantLinks.CountAsync(l => l.ScanId == scanId, cancellationToken),
            await sessions.CountAsync(cancellationToken),
            await sessions.SelectMany(s => s.Rounds).SelectMany(r => r.Votes).CountAsync(cancellationToken),
            await sessions.SelectMany(s => s.ImprovementPoints).CountAsync(cancellationToken),
            await agendas.SelectMany(a => a.Proposals).CountAsync(cancellationToken),
            await agendas.SelectMany(a => a.Actions).CountAsync(cancellationToken),
            await agendas.SelectMany(a => a.Actions).SelectMany(a => a.History).CountAsync(cancellationToken),
            await db.OutboxMessages.CountAsync(m => m.ScanId == scanId, cancellationToken));
    }

    /// <summary>Deletes the scan with everything in it, in one transaction. The database cascades from the scan to its
    /// seats, sessions, links, prioritisation and verbeteragenda; live sessions and mails are removed here. A later
    /// scan that was started from this one stays, without the link.</summary>
    public async Task DeleteAsync(Core.Scans.Scan scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.LiveSessions.RemoveRange(await db.LiveSessions.Where(s => s.ScanId == scan.Id).ToListAsync(cancellationToken));
            db.OutboxMessages.RemoveRange(await db.OutboxMessages.Include(m => m.Attachments).Where(m => m.ScanId == scan.Id).ToListAsync(cancellationToken));
            db.Scans.Remove(scan);
            await db.SaveChangesAsync(cancellationToken);
            await db.Scans.Where(s => s.PreviousScanId == scan.Id)
                .ExecuteUpdateAsync(update => update.SetProperty(s => s.PreviousScanId, (Guid?)null), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>The person who sat on <paramref name="seatId"/> (name <paramref name="formerName"/>, address
    /// <paramref name="formerEmail"/>) left the scan: their name in the live sessions becomes "Oud-deelnemer", mails
    /// still waiting for them are dropped and the record of sent mails forgets their address. Only adds to the
    /// caller's unit of work, so this is saved together with the withdrawal or replacement.</summary>
    public async Task ForgetPersonAsync(Guid scanId, Guid seatId, string formerName, string formerEmail, CancellationToken cancellationToken)
    {
        // With the log: ForgetPerson redacts the name there too.
        foreach (var session in await db.LiveSessions.Include(s => s.Log).Where(s => s.ScanId == scanId).ToListAsync(cancellationToken))
        {
            if (session.Seat(seatId)?.Name == formerName)
            {
                session.ForgetPerson(seatId);
            }
        }

        await ForgetMailsAsync(db.OutboxMessages.Where(m => m.SeatId == seatId && m.ToAddress == formerEmail), cancellationToken);
    }

    /// <summary>The retention period of the scan has passed: every person's details go, from the seats, the live
    /// sessions and the mails, and the personal links stop working. Saves.</summary>
    public async Task AnonymiseAsync(Core.Scans.Scan scan, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        scan.Anonymise(now);
        foreach (var session in await db.LiveSessions.Include(s => s.Log).Where(s => s.ScanId == scan.Id).ToListAsync(cancellationToken))
        {
            foreach (var seat in session.Seats.ToList())
            {
                session.ForgetPerson(seat.SeatId);
            }
        }

        await ForgetMailsAsync(db.OutboxMessages.Where(m => m.ScanId == scan.Id), cancellationToken);
        foreach (var link in await db.ParticipantLinks.Where(l => l.ScanId == scan.Id && l.RevokedAt == null).ToListAsync(cancellationToken))
        {
            link.RevokedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ForgetMailsAsync(IQueryable<OutboxMessage> mails, CancellationToken cancellationToken)
    {
        foreach (var mail in await mails.Include(m => m.Attachments).ToListAsync(cancellationToken))
        {
            if (mail.Status == OutboxStatus.Pending)
            {
                db.OutboxMessages.Remove(mail);
                continue;
            }

            db.RemoveRange(mail.Attachments);
            mail.ForgetContent();
            mail.ToAddress = "";
            mail.ToName = PersonDetails.FormerParticipant;
        }
    }
}
