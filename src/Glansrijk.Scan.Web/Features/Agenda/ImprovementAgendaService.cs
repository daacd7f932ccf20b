using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>Stores the verbeteragenda and runs its commands through <see cref="StoredCommands"/>: load from the
/// database, run the domain method, save. A command id that was handled before changes nothing (the domain remembers
/// it).</summary>
public sealed partial class ImprovementAgendaService(
    IServiceScopeFactory scopes,
    ContentCatalog content,
    SessionLocks locks,
    StoredCommands commands,
    TimeProvider clock,
    ILogger<ImprovementAgendaService> logger)
{
    /// <summary>Starts the agenda of a scan with <paramref name="proposedFocusNormIds"/> as the focus the chair is to
    /// confirm, or returns the one that exists. The chair is the chair named for session 2 (else the initiator);
    /// <paramref name="participantSeatIds"/> are those at the table in session 2 (the chair and the initiator are
    /// always in). The caller has checked who asks.</summary>
    public async Task<CommandResult> StartAsync(
        Guid scanId,
        IEnumerable<string> proposedFocusNormIds,
        IEnumerable<Guid> participantSeatIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposedFocusNormIds);
        ArgumentNullException.ThrowIfNull(participantSeatIds);
        using var held = await locks.EnterAsync(scanId, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var existing = await db.ImprovementAgendas.AsNoTracking().Where(a => a.ScanId == scanId)
            .Select(a => new { a.Id, a.Version }).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new CommandResult(true, existing.Version, null, existing.Id);
        }

        var scan = await db.Scans.AsNoTracking().Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        if (scan is null)
        {
            return CommandResult.Refused("Deze scan bestaat niet.");
        }

        var seats = participantSeatIds.ToList();
        if (seats.Any(id => !scan.Seats.Any(s => s.Id == id && s.IsActive)))
        {
            return CommandResult.Refused("Een van de deelnemers hoort niet (meer) bij deze scan.");
        }

        var initiator = scan.InitiatorSeat.Id;
        ImprovementAgenda agenda;
        try
        {
            agenda = ImprovementAgenda.Start(
                scanId, NormIdsOf(scan), proposedFocusNormIds, seats, scan.ChairOf(2)?.Id ?? initiator, initiator, clock.GetUtcNow().UtcDateTime);
        }
        catch (AgendaRuleException e)
        {
            return CommandResult.Refused(e.Message);
        }

        db.ImprovementAgendas.Add(agenda);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process started it in the meantime (one agenda per scan): use theirs.
            await using var again = scopes.CreateAsyncScope();
            var theirs = await again.ServiceProvider.GetRequiredService<ScanDbContext>().ImprovementAgendas.AsNoTracking()
                .Where(a => a.ScanId == scanId).Select(a => new { a.Id, a.Version }).SingleAsync(cancellationToken);
            return new CommandResult(true, theirs.Version, null, theirs.Id);
        }

        LogStarted(logger, agenda.Id, scanId);
        return new CommandResult(true, agenda.Version, null, agenda.Id);
    }

    /// <summary>Starts the agenda from what session 1 said: the tool's focus proposal from the scores, the spread and
    /// the points of prioritising (<see cref="FocusProposal"/>), and everyone who was at session 2 so far (else all
    /// who accepted the invitation).</summary>
    public async Task<CommandResult> StartFromSession1Async(Guid scanId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var scan = await db.Scans.AsNoTracking().Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        if (scan is null)
        {
            return CommandResult.Refused("Deze scan bestaat niet.");
        }

        var sessions = await db.LiveSessions.AsNoTracking().AsSplitQuery().Where(s => s.ScanId == scanId && s.Kind == SessionKind.ScanSession).ToListAsync(cancellationToken);
        var session1 = sessions.SingleOrDefault(s => s.SessionNumber == 1);
        if (session1 is null)
        {
            return CommandResult.Refused("Sessie 1 is nog niet gehouden; er is nog niets om focusnormen uit te kiezen.");
        }

        var prioritisation = await db.Prioritisations.AsNoTracking().SingleOrDefaultAsync(p => p.ScanId == scanId, cancellationToken);
        var instruments = content.Instruments.Where(i => scan.Details.InstrumentIds.Contains(i.Id)).ToList();
        var overview = SessionOverview.Of(session1, instruments);
        var signals = instruments.Where(i => !i.IsMatrix).SelectMany(i => SessionSignals.ForFocus(overview, i.Id, prioritisation));
        var proposal = FocusProposal.Propose(signals);
        var session2 = sessions.SingleOrDefault(s => s.SessionNumber == 2);
        IEnumerable<Guid> participants = session2 is not null
            ? session2.Attendance.Select(a => a.SeatId)
            : scan.ActiveSeats.Where(s => s.Status == Core.Scans.SeatStatus.Accepted).Select(s => s.Id);
        return await StartAsync(scanId, proposal.NormIds, participants, cancellationToken);
    }

    /// <summary>Runs <paramref name="command"/> on the stored agenda. A refusal by the rules comes back with the
    /// rule's Dutch message and changes nothing; a repeat (same command id) is answered as a success.</summary>
    public Task<CommandResult> ApplyAsync(Guid agendaId, Func<ImprovementAgenda, DateTime, CommandOutcome> command, CancellationToken cancellationToken) =>
        commands.RunAsync(
            agendaId,
            new StoredAggregate<ImprovementAgenda>(
                (db, token) => LoadAsync(db, agendaId, tracked: true, token), a => (a.Id, a.Version), "Deze verbeteragenda bestaat niet (meer)."),
            command,
            cancellationToken);

    public async Task<ImprovementAgenda?> FindAsync(Guid agendaId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await LoadAsync(scope.ServiceProvider.GetRequiredService<ScanDbContext>(), agendaId, tracked: false, cancellationToken);
    }

    public async Task<ImprovementAgenda?> FindByScanAsync(Guid scanId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        return await db.ImprovementAgendas.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.ScanId == scanId, cancellationToken);
    }

    /// <summary>Every norm of the scan's instruments, in the instruments' order.</summary>
    private List<string> NormIdsOf(Core.Scans.Scan scan) =>
        [.. content.Instruments.Where(i => scan.Details.InstrumentIds.Contains(i.Id)).OrderBy(i => i.Order).SelectMany(i => i.Items.Select(item => item.Id))];

    private static Task<ImprovementAgenda?> LoadAsync(ScanDbContext db, Guid agendaId, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.ImprovementAgendas.AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == agendaId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Improvement agenda {AgendaId} started for scan {ScanId}")]
    private static partial void LogStarted(ILogger logger, Guid agendaId, Guid scanId);

}
