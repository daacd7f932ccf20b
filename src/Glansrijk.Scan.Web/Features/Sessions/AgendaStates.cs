using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Agenda.Exports;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The verbeteragenda as session 2 runs it, with what session 1 said about the focus norms.</summary>
public sealed record SessionAgenda(ImprovementAgenda Agenda, IReadOnlyList<ImprovementPoint> Session1Points)
{
    /// <summary>Session 1's improvement points, which session 2 opens with.</summary>
    public static Task<List<ImprovementPoint>> SessionOnePointsAsync(ScanDbContext db, Guid scanId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.LiveSessions.AsNoTracking()
            .Where(s => s.ScanId == scanId && s.Kind == SessionKind.ScanSession && s.SessionNumber == 1)
            .SelectMany(s => s.ImprovementPoints)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>One action as everyone sees it; dates as ISO dates ("2027-03-01") for the date fields of the console and in
/// words ("1 maart 2027") for reading. <see cref="OwnerStatusInWords"/> says whether the trekker confirmed.</summary>
public sealed record AgendaActionView(
    Guid Id,
    string NormId,
    string Title,
    string ForYoungPeople,
    Guid OwnerSeatId,
    string OwnerName,
    bool OwnerConfirmed,
    string OwnerStatusInWords,
    IReadOnlyList<string> Organisations,
    string Start,
    string Deadline,
    string ResultIndicator,
    string FirstCheck,
    string StartInWords,
    string DeadlineInWords,
    string FirstCheckInWords,
    bool IsMine,
    IReadOnlyList<AgendaIndicatorView>? Indicators = null);

/// <summary>An indicator of an action in session 2: what the table agreed to count, towards what target.</summary>
public sealed record AgendaIndicatorView(Guid Id, string Name, string InWords);

/// <summary>A focus norm with session 1's improvement points on it and the actions formed so far.
/// <see cref="Heading"/> reads "Focusnorm 1 · 3. Warme overdracht".</summary>
public sealed record FocusNormView(
    string NormId,
    int Number,
    string Title,
    string? Question,
    IReadOnlyList<string> ImprovementPoints,
    IReadOnlyList<AgendaActionView> Actions,
    string Heading);

public sealed record ApprovalView(Guid Id, string Organisation, string Body, int Status, string StatusInWords);

public sealed record ExternalInvitationView(Guid Id, string Organisation, Guid ContactSeatId, string ContactName, int Status, string StatusInWords);

/// <summary>"9 van 12 akkoord"; the reasons of niet akkoord without names (the room sees what, not who).</summary>
public sealed record ConfirmationsView(string InWords, int Agreed, int Disagreed, int Participants, IReadOnlyList<string> Reasons);

/// <summary>A proposal as its sender sees it on their own tablet.</summary>
public sealed record MyProposalView(Guid Id, string NormId, string Text, string StateInWords);

/// <summary>This participant's part: whether they take part in the agenda, their proposals, their own answer.</summary>
/// <param name="Confirmation">"akkoord", "niet akkoord" or null while they have not answered.</param>
public sealed record MyAgendaView(bool IsParticipant, IReadOnlyList<MyProposalView> Proposals, string? Confirmation, string? ConfirmationReason);

/// <summary>A proposal on the console, with who sent it, so the chair can ask them to say more. <see cref="State"/> is
/// "open", "merged" or "dismissed"; <see cref="StateInWords"/> says it in Dutch.</summary>
public sealed record ProposalView(Guid Id, string NormId, string Text, string SenderName, string State, string StateInWords);

/// <summary>A standing the chair may choose for an approval or an invitation: <see cref="Value"/> is what the hub takes.</summary>
public sealed record AgendaStatusChoiceView(int Value, string Label);

/// <param name="LeftOutReason">Why the chair left this person out of the agenda; null when they were not.</param>
public sealed record AgendaPersonView(Guid SeatId, string Name, bool Present, bool IsParticipant, string? Confirmation, string? LeftOutReason = null);

/// <summary>What only the one steering the agenda gets: every proposal and everyone in the room (to choose trekkers and
/// contacts, to admit latecomers, to see who has not answered yet; never who said niet akkoord) and the standings an
/// approval and an invitation can have.</summary>
/// <param name="Indicators">The templates and the choices the console's indicator form offers.</param>
public sealed record AgendaChairView(
    IReadOnlyList<ProposalView> Proposals,
    IReadOnlyList<AgendaPersonView> People,
    IReadOnlyList<AgendaStatusChoiceView> ApprovalStatuses,
    IReadOnlyList<AgendaStatusChoiceView> InvitationStatuses,
    IndicatorChoicesView? Indicators = null);

/// <summary>A value a select offers and the Dutch label it shows.</summary>
public sealed record ChoiceView(string Value, string Label);

/// <summary>A template from content/indicators/ as the console's form fills it in: codes as the hub takes them.</summary>
/// <param name="Norms">The norms it fits best; the console offers it first for an action on one of them.</param>
public sealed record IndicatorTemplateView(
    string Id,
    string Name,
    string WhatIsCounted,
    string Unit,
    string Source,
    string ResponsibleOrganisation,
    string Frequency,
    string Level,
    IReadOnlyList<string> Norms);

/// <summary>What the console needs to give an action an indicator: the templates and the units, frequencies and
/// levels with their labels. The same for every session, so it is built once.</summary>
public sealed record IndicatorChoicesView(
    IReadOnlyList<IndicatorTemplateView> Templates,
    IReadOnlyList<ChoiceView> Units,
    IReadOnlyList<ChoiceView> Frequencies,
    IReadOnlyList<ChoiceView> Levels)
{
    public static IndicatorChoicesView Of(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(
            [.. content.IndicatorTemplates.Select(t => new IndicatorTemplateView(
                t.Id, t.Name, t.WhatIsCounted, t.Unit.Code(), t.Source, t.ResponsibleOrganisation, t.Frequency.Code(), t.Level.Code(), t.Norms))],
            [.. Enum.GetValues<IndicatorUnit>().Select(u => new ChoiceView(u.Code(), u.InWords()))],
            [.. Enum.GetValues<MeasurementFrequency>().Select(f => new ChoiceView(f.Code(), f.InWords()))],
            [.. Enum.GetValues<IndicatorLevel>().Select(l => new ChoiceView(l.Code(), l.InWords()))]);
    }
}

/// <summary>The verbeteragenda in session 2, the same for every audience except <see cref="Me"/> (a tablet's own part)
/// and <see cref="Chair"/> (only for whoever steers the agenda: the chair and the initiator). <see cref="AgreementsInWords"/>
/// holds the agreements topic by topic, empty while there are none.</summary>
public sealed record AgendaView(
    Guid AgendaId,
    Guid ScanId,
    bool FocusConfirmed,
    bool Closed,
    IReadOnlyList<FocusNormView> FocusNorms,
    ProcessAgreements? Agreements,
    IReadOnlyList<AgreementLine> AgreementsInWords,
    IReadOnlyList<ApprovalView> Approvals,
    IReadOnlyList<ExternalInvitationView> Invitations,
    ConfirmationsView Confirmations,
    MyAgendaView? Me,
    AgendaChairView? Chair);

/// <summary>Builds the <see cref="AgendaView"/> of each audience; called from <see cref="SessionStates"/>.</summary>
public sealed class AgendaStates(ContentCatalog content)
{
    private static readonly AgendaStatusChoiceView[] ApprovalChoices =
        [.. Enum.GetValues<ApprovalStatus>().Select(s => new AgendaStatusChoiceView((int)s, s.InWords()))];

    private static readonly AgendaStatusChoiceView[] InvitationChoices =
        [.. Enum.GetValues<InvitationStatus>().Select(s => new AgendaStatusChoiceView((int)s, s.InWords()))];

    private readonly IndicatorChoicesView _indicatorChoices = IndicatorChoicesView.Of(content);

    public AgendaView ForSeat(LiveSession session, SessionAgenda agenda, Guid seatId)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(agenda);
        var a = agenda.Agenda;
        var mine = a.ConfirmationOf(seatId);
        var me = new MyAgendaView(
            a.ParticipantSeatIds.Contains(seatId),
            [.. a.Proposals.Where(p => p.SeatId == seatId).OrderBy(p => p.SubmittedAt).Select(p => new MyProposalView(p.Id, p.NormId, p.Text, p.State.InWordsForSender()))],
            mine is null ? null : mine.Agrees ? "akkoord" : "niet akkoord",
            mine?.Reason);
        var chair = a.CanSteer(seatId) ? ChairView(session, a) : null;
        return View(session, agenda, seatId, me, chair);
    }

    public AgendaView ForScreen(LiveSession session, SessionAgenda agenda) => View(session, agenda, null, null, null);

    private AgendaView View(LiveSession session, SessionAgenda agenda, Guid? seatId, MyAgendaView? me, AgendaChairView? chair)
    {
        var a = agenda.Agenda;
        var focus = a.FocusNorms.OrderBy(f => f.Position).Select((f, index) =>
        {
            var item = content.FindItem(f.NormId)?.Item;
            var number = item?.Number ?? 0;
            var title = item?.Title ?? f.NormId;
            return new FocusNormView(
                f.NormId,
                number,
                title,
                item?.Question,
                [.. agenda.Session1Points.Where(p => p.ItemId == f.NormId).OrderBy(p => p.RecordedAt).Select(p => p.Text)],
                [.. a.ActionsOf(f.NormId).Select(x => ActionView(session, x, seatId))],
                $"Focusnorm {index + 1} · {number}. {title}");
        });
        var disagreeing = a.Confirmations.Where(c => !c.Agrees).ToList();
        return new AgendaView(
            a.Id,
            a.ScanId,
            a.IsFocusConfirmed,
            a.IsClosed,
            [.. focus],
            a.ProcessAgreements,
            a.ProcessAgreements?.InWords() ?? [],
            [.. a.InternalApprovals.Select(x => new ApprovalView(x.Id, x.Organisation, x.Body, (int)x.Status, x.Status.InWords()))],
            [.. a.ExternalInvitations.Select(x => new ExternalInvitationView(x.Id, x.Organisation, x.ContactSeatId, NameOf(session, x.ContactSeatId), (int)x.Status, x.Status.InWords()))],
            new ConfirmationsView(
                a.ConfirmationsInWords,
                a.Confirmations.Count - disagreeing.Count,
                disagreeing.Count,
                a.ParticipantSeatIds.Count,
                [.. disagreeing.OrderBy(c => c.At).Select(c => c.Reason ?? "")]),
            me,
            chair);
    }

    private static AgendaActionView ActionView(LiveSession session, AgendaAction action, Guid? seatId) => new(
        action.Id,
        action.NormId,
        action.Title,
        action.ForYoungPeople,
        action.OwnerSeatId,
        NameOf(session, action.OwnerSeatId),
        action.IsOwnerConfirmed,
        action.OwnerInWords(),
        action.Organisations,
        Iso(action.Start),
        Iso(action.Deadline),
        action.ResultIndicator,
        Iso(action.FirstCheck),
        ReportWords.Date(action.Start),
        ReportWords.Date(action.Deadline),
        ReportWords.Date(action.FirstCheck),
        seatId == action.OwnerSeatId,
        [.. action.Indicators.Select(i => new AgendaIndicatorView(
            i.Id, i.Name, $"{i.Name}: van {i.Unit.Format(i.Baseline)} naar {i.Unit.Format(i.Target)} in {i.TargetDate.Year}, {i.Frequency.InWords()}"))]);

    private AgendaChairView ChairView(LiveSession session, ImprovementAgenda agenda) => new(
        [.. agenda.Proposals.OrderBy(p => p.SubmittedAt).Select(p => new ProposalView(p.Id, p.NormId, p.Text, NameOf(session, p.SeatId), p.State.ToString().ToLowerInvariant(), p.State.InWords()))],
        [.. session.Seats.Select(s => new AgendaPersonView(
            s.SeatId,
            s.Name,
            s.IsPresent,
            agenda.ParticipantSeatIds.Contains(s.SeatId),
            agenda.ConfirmationOf(s.SeatId) is null ? null : "gereageerd",
            agenda.LeftOut.FirstOrDefault(l => l.SeatId == s.SeatId)?.Reason))],
        ApprovalChoices,
        InvitationChoices,
        _indicatorChoices);

    private static string NameOf(LiveSession session, Guid seatId) => session.Seat(seatId)?.Name ?? "onbekende deelnemer";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
