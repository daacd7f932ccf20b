using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Agenda;

/// <summary>The verbeteragenda of one scan, made in session 2 and followed up with PDCA afterwards.
/// <para>In session 2 the chair confirms or changes the focus norms; participants send action proposals from their
/// tablets; the chair turns them into actions (merging and editing); each trekker confirms their action; the chair
/// writes down the process agreements and the afhechting; everyone present says akkoord or niet akkoord; the chair
/// closes. After closing the content is fixed; the afhechting statuses and the PDCA updates go on.</para>
/// <para>Steering is for the chair and, always, the initiator. Every command checks its rules first and throws an
/// <see cref="AgendaRuleException"/> without changing anything; a change raises <see cref="Version"/> by one; a
/// command sent again (same command id) or one that asks for what already is returns
/// <see cref="CommandOutcome.AlreadyApplied"/>.</para></summary>
public sealed partial class ImprovementAgenda
{
    private readonly List<string> _normIds = [];
    private readonly List<string> _proposedFocusNormIds = [];
    private readonly List<Guid> _participantSeatIds = [];
    private readonly List<LeftOutSeat> _leftOut = [];
    private readonly List<FocusNorm> _focusNorms = [];
    private readonly List<ActionProposal> _proposals = [];
    private readonly List<AgendaAction> _actions = [];
    private readonly List<InternalApproval> _internalApprovals = [];
    private readonly List<ExternalInvitation> _externalInvitations = [];
    private readonly List<Confirmation> _confirmations = [];
    private readonly List<HandledCommand> _handledCommands = [];

    private ImprovementAgenda()
    {
    }

    public Guid Id { get; private set; }
    public Guid ScanId { get; private set; }

    /// <summary>Every norm of the scan, in the instruments' order.</summary>
    public IReadOnlyList<string> NormIds => _normIds;

    /// <summary>What the tool proposed as focus (see <see cref="FocusProposal"/>).</summary>
    public IReadOnlyList<string> ProposedFocusNormIds => _proposedFocusNormIds;

    /// <summary>The participants of session 2: they send proposals, may be trekker and confirm the agenda.</summary>
    public IReadOnlyList<Guid> ParticipantSeatIds => _participantSeatIds;

    /// <summary>Who the chair left out of the agenda, with the reason; they do not join by arriving.</summary>
    public IReadOnlyList<LeftOutSeat> LeftOut => _leftOut;

    public Guid ChairSeatId { get; private set; }
    public Guid InitiatorSeatId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? FocusConfirmedAt { get; private set; }
    public ProcessAgreements? ProcessAgreements { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public long Version { get; private set; }

    public IReadOnlyList<FocusNorm> FocusNorms => _focusNorms;
    public IReadOnlyList<ActionProposal> Proposals => _proposals;
    public IReadOnlyList<AgendaAction> Actions => _actions;
    public IReadOnlyList<InternalApproval> InternalApprovals => _internalApprovals;
    public IReadOnlyList<ExternalInvitation> ExternalInvitations => _externalInvitations;
    public IReadOnlyList<Confirmation> Confirmations => _confirmations;
    public IReadOnlyList<HandledCommand> HandledCommands => _handledCommands;

    public bool IsClosed => ClosedAt is not null;
    public bool IsFocusConfirmed => FocusConfirmedAt is not null;

    /// <summary>"9 van 12 akkoord".</summary>
    public string ConfirmationsInWords => $"{_confirmations.Count(c => c.Agrees)} van {_participantSeatIds.Count} akkoord";

    public bool CanSteer(Guid seatId) => seatId == ChairSeatId || seatId == InitiatorSeatId;

    public AgendaAction? Action(Guid actionId) => _actions.FirstOrDefault(a => a.Id == actionId);

    public IEnumerable<AgendaAction> ActionsOf(string normId) => _actions.Where(a => a.NormId == normId).OrderBy(a => a.Position);

    public IEnumerable<ActionProposal> ProposalsOf(string normId) => _proposals.Where(p => p.NormId == normId);

    public Confirmation? ConfirmationOf(Guid seatId) => _confirmations.FirstOrDefault(c => c.SeatId == seatId);

    /// <summary>Starts the agenda with the tool's proposal as the focus, still to be confirmed by the chair.</summary>
    public static ImprovementAgenda Start(
        Guid scanId,
        IEnumerable<string> normIds,
        IEnumerable<string> proposedFocusNormIds,
        IEnumerable<Guid> participantSeatIds,
        Guid chairSeatId,
        Guid initiatorSeatId,
        DateTime now)
    {
        ArgumentNullException.ThrowIfNull(normIds);
        ArgumentNullException.ThrowIfNull(proposedFocusNormIds);
        ArgumentNullException.ThrowIfNull(participantSeatIds);
        AgendaTime.EnsureUtc(now);
        var norms = normIds.Distinct().ToList();
        var proposed = proposedFocusNormIds.Distinct().ToList();
        if (proposed.FirstOrDefault(n => !norms.Contains(n)) is { } unknown)
        {
            throw new AgendaRuleException($"Norm '{unknown}' staat niet in deze scan.");
        }

        var agenda = new ImprovementAgenda
        {
            Id = Guid.NewGuid(),
            ScanId = scanId,
            ChairSeatId = chairSeatId,
            InitiatorSeatId = initiatorSeatId,
            CreatedAt = now,
            Version = 1,
        };
        agenda._normIds.AddRange(norms);
        agenda._proposedFocusNormIds.AddRange(proposed);
        agenda._participantSeatIds.AddRange(participantSeatIds.Append(initiatorSeatId).Append(chairSeatId).Distinct());
        agenda._focusNorms.AddRange(proposed.Select((n, i) => new FocusNorm(n, i, true)));
        return agenda;
    }

    /// <summary>The chair confirms the focus norms as proposed or changed, in the order given.</summary>
    public CommandOutcome ConfirmFocus(Guid actorSeatId, IEnumerable<string> normIds, Guid commandId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(normIds);
        return Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            var focus = normIds.Distinct().ToList();
            if (focus.Count == 0)
            {
                throw new AgendaRuleException("Kies ten minste één focusnorm.");
            }

            if (focus.FirstOrDefault(n => !_normIds.Contains(n)) is { } unknown)
            {
                throw new AgendaRuleException($"Norm '{unknown}' staat niet in deze scan.");
            }

            if (_actions.FirstOrDefault(a => !focus.Contains(a.NormId)) is { } orphan)
            {
                throw new AgendaRuleException($"Norm '{orphan.NormId}' heeft al acties. Haal die eerst weg.");
            }

            if (IsFocusConfirmed && focus.SequenceEqual(_focusNorms.Select(f => f.NormId)))
            {
                return false;
            }

            _focusNorms.Clear();
            _focusNorms.AddRange(focus.Select((n, i) => new FocusNorm(n, i, _proposedFocusNormIds.Contains(n))));
            FocusConfirmedAt = now;
            return true;
        });
    }

    /// <summary>Someone who came in late joins: they may send proposals, be trekker and confirm. Letting in someone
    /// who was left out takes them back, and their reason is no longer kept.</summary>
    public CommandOutcome Admit(Guid actorSeatId, Guid seatId, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            var wasLeftOut = _leftOut.RemoveAll(l => l.SeatId == seatId) > 0;
            if (_participantSeatIds.Contains(seatId))
            {
                return wasLeftOut;
            }

            _participantSeatIds.Add(seatId);
            return true;
        });

    /// <summary>Someone who accepted the invitation arrives at session 2: they take part at once, whatever started
    /// first (the agenda or their tablet), so the chair need not let the room in one by one. Not after the agenda is
    /// fixed, and not someone the chair left out. Not a command of a person, so no command id: arriving twice is the
    /// same as arriving once.</summary>
    public CommandOutcome Arrive(Guid seatId, DateTime now)
    {
        AgendaTime.EnsureUtc(now);
        if (IsClosed || _participantSeatIds.Contains(seatId) || _leftOut.Any(l => l.SeatId == seatId))
        {
            return CommandOutcome.AlreadyApplied;
        }

        _participantSeatIds.Add(seatId);
        Version++;
        return CommandOutcome.Applied;
    }

    /// <summary>The chair leaves someone out of the agenda (e.g. an observer, or someone who came for one item only),
    /// with a reason that is kept. Not the chair or the initiator, who always take part, and not a trekker.</summary>
    public CommandOutcome LeaveOut(Guid actorSeatId, Guid seatId, string reason, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            var trimmed = Required(reason, "Zeg waarom deze persoon niet meedoet aan de verbeteragenda.");
            if (trimmed.Length > LeftOutSeat.MaxReasonLength)
            {
                throw new AgendaRuleException($"Houd de reden kort: hoogstens {LeftOutSeat.MaxReasonLength} tekens.");
            }

            if (seatId == ChairSeatId || seatId == InitiatorSeatId)
            {
                throw new AgendaRuleException("De voorzitter en de initiatiefnemer doen altijd mee.");
            }

            if (_actions.Any(a => a.OwnerSeatId == seatId))
            {
                throw new AgendaRuleException("Deze persoon is trekker van een actie. Kies eerst een andere trekker.");
            }

            if (_leftOut.Any(l => l.SeatId == seatId))
            {
                return false;
            }

            _participantSeatIds.Remove(seatId);
            _confirmations.RemoveAll(c => c.SeatId == seatId);
            _leftOut.Add(new LeftOutSeat(seatId, trimmed, now));
            return true;
        });

    /// <summary>The live session passed the chair on (or the initiator took it back): the agenda follows, so whoever
    /// holds the console steers the agenda too, and the one who handed it over no longer does (unless they are the
    /// initiator). Only someone who steers can hand over, and not after the agenda is fixed. The new chair takes part in
    /// the agenda, as the chair always does.</summary>
    public CommandOutcome HandOverChair(Guid actorSeatId, Guid toSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            if (toSeatId == Guid.Empty)
            {
                throw new AgendaRuleException("Geef het voorzitterschap aan een van de deelnemers.");
            }

            if (toSeatId == ChairSeatId)
            {
                return false;
            }

            ChairSeatId = toSeatId;
            if (!_participantSeatIds.Contains(toSeatId))
            {
                _participantSeatIds.Add(toSeatId);
            }

            return true;
        });

    /// <summary>A participant sends an idea for an action on a focus norm.</summary>
    public CommandOutcome SubmitProposal(Guid seatId, string normId, string text, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureOpen();
            EnsureParticipant(seatId, "Alleen deelnemers sturen voorstellen in.");
            EnsureFocus(normId);
            var trimmed = Required(text, "Schrijf het voorstel op.");
            _proposals.Add(new ActionProposal(normId, seatId, trimmed, now));
            return true;
        });

    public CommandOutcome DismissProposal(Guid actorSeatId, Guid proposalId, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            var proposal = ProposalOrThrow(proposalId);
            if (proposal.State != ProposalState.Open)
            {
                return false;
            }

            proposal.Dismiss();
            return true;
        });

    /// <summary>The chair adds an action, merging the given proposals into it.</summary>
    public CommandOutcome AddAction(Guid actorSeatId, ActionDetails details, IEnumerable<Guid> fromProposalIds, Guid commandId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(fromProposalIds);
        return Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            Validate(details);
            var proposals = fromProposalIds.Distinct().Select(ProposalOrThrow).ToArray();
            if (proposals.Any(p => p.State == ProposalState.Merged))
            {
                throw new AgendaRuleException("Een van de voorstellen is al in een andere actie opgenomen.");
            }

            var action = new AgendaAction(details, _actions.Count, now);
            _actions.Add(action);
            foreach (var proposal in proposals)
            {
                proposal.MergeInto(action.Id);
            }

            return true;
        });
    }

    /// <summary>The chair edits an action. Choosing another trekker asks the new one to confirm.</summary>
    public CommandOutcome EditAction(Guid actorSeatId, Guid actionId, ActionDetails details, Guid commandId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        return Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            var action = ActionOrThrow(actionId);
            Validate(details);
            return action.Apply(details);
        });
    }

    public CommandOutcome RemoveAction(Guid actorSeatId, Guid actionId, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            var action = ActionOrThrow(actionId);
            _actions.Remove(action);
            for (var i = 0; i < _actions.Count; i++)
            {
                _actions[i].MoveTo(i);
            }

            return true;
        });

    /// <summary>The trekker confirms on their own tablet that they take the action on.</summary>
    public CommandOutcome ConfirmOwnership(Guid seatId, Guid actionId, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureOpen();
            var action = ActionOrThrow(actionId);
            if (action.OwnerSeatId != seatId)
            {
                throw new AgendaRuleException("Alleen de trekker van deze actie kan dat bevestigen.");
            }

            return action.ConfirmOwnership(now);
        });

    public CommandOutcome SetProcessAgreements(Guid actorSeatId, ProcessAgreements agreements, Guid commandId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        return Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            var trimmed = new ProcessAgreements(
                agreements.MeetingFrequency?.Trim() ?? "",
                agreements.Platform?.Trim() ?? "",
                agreements.Reporting?.Trim() ?? "",
                agreements.Celebrating?.Trim() ?? "");
            if (trimmed == ProcessAgreements)
            {
                return false;
            }

            ProcessAgreements = trimmed;
            return true;
        });
    }

    /// <summary>Afhechting, intern: <paramref name="organisation"/> must still have the agenda approved by
    /// <paramref name="body"/> (e.g. "College van B&amp;W").</summary>
    public CommandOutcome AddInternalApproval(Guid actorSeatId, string organisation, string body, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            _internalApprovals.Add(new InternalApproval(
                Required(organisation, "Noem de organisatie."), Required(body, "Noem wie goedkeurt, bijvoorbeeld het College van B&W."), now));
            return true;
        });

    /// <summary>Afhechting, extern: <paramref name="organisation"/>, not at the table, is to be asked to join;
    /// <paramref name="contactSeatId"/> asks them.</summary>
    public CommandOutcome AddExternalInvitation(Guid actorSeatId, string organisation, Guid contactSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            EnsureParticipant(contactSeatId, "Wie de organisatie benadert, is een van de deelnemers.");
            _externalInvitations.Add(new ExternalInvitation(Required(organisation, "Noem de organisatie."), contactSeatId, now));
            return true;
        });

    /// <summary>Takes an approval or an invitation off the afhechting, before closing.</summary>
    public CommandOutcome RemoveRatificationItem(Guid actorSeatId, Guid itemId, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureSteering(actorSeatId);
            var removed = _internalApprovals.RemoveAll(a => a.Id == itemId) + _externalInvitations.RemoveAll(i => i.Id == itemId);
            return removed > 0 ? true : throw new AgendaRuleException("Dit onderdeel van de afhechting bestaat niet (meer).");
        });

    /// <summary>Also after closing: approvals often come weeks later.</summary>
    public CommandOutcome SetApprovalStatus(Guid actorSeatId, Guid approvalId, ApprovalStatus status, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            if (!CanSteer(actorSeatId))
            {
                throw new AgendaRuleException("Alleen de voorzitter of de initiatiefnemer werkt de afhechting bij.");
            }

            var approval = _internalApprovals.FirstOrDefault(a => a.Id == approvalId)
                ?? throw new AgendaRuleException("Deze goedkeuring bestaat niet (meer).");
            return approval.SetStatus(status, now);
        });

    /// <summary>Also after closing; for the chair, the initiator and the participant who contacts the organisation.</summary>
    public CommandOutcome SetInvitationStatus(Guid actorSeatId, Guid invitationId, InvitationStatus status, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            var invitation = _externalInvitations.FirstOrDefault(i => i.Id == invitationId)
                ?? throw new AgendaRuleException("Deze organisatie staat niet (meer) op de lijst.");
            if (!CanSteer(actorSeatId) && invitation.ContactSeatId != actorSeatId)
            {
                throw new AgendaRuleException("Alleen wie de organisatie benadert, de voorzitter of de initiatiefnemer werkt dit bij.");
            }

            return invitation.SetStatus(status, now);
        });

    /// <summary>A present participant says akkoord, or niet akkoord with a reason. The first answer stands: confirming
    /// again changes nothing. After closing it is refused.</summary>
    public CommandOutcome Confirm(Guid seatId, bool agrees, string? reason, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            EnsureOpen();
            EnsureParticipant(seatId, "Alleen deelnemers aan de sessie bevestigen de verbeteragenda.");
            if (ConfirmationOf(seatId) is not null)
            {
                return false;
            }

            var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            if (!agrees && why is null)
            {
                throw new AgendaRuleException("Geef aan waarom je niet akkoord bent.");
            }

            _confirmations.Add(new Confirmation(seatId, agrees, why, now));
            return true;
        });

    /// <summary>The chair fixes the agenda: the focus must be confirmed and there must be at least one action.</summary>
    public CommandOutcome Close(Guid actorSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            if (!CanSteer(actorSeatId))
            {
                throw new AgendaRuleException("Alleen de voorzitter of de initiatiefnemer stelt de verbeteragenda vast.");
            }

            if (IsClosed)
            {
                return false;
            }

            if (!IsFocusConfirmed)
            {
                throw new AgendaRuleException("Bevestig eerst de focusnormen.");
            }

            if (_actions.Count == 0)
            {
                throw new AgendaRuleException("Er staat nog geen actie op de verbeteragenda.");
            }

            ClosedAt = now;
            return true;
        });

    /// <summary>PDCA follow-up, after closing: the trekker (or the initiator) moves the action to
    /// <paramref name="status"/> and/or writes a progress note; it may set the next check moment. See
    /// <see cref="AgendaAction.CanMove"/> for the legal steps.</summary>
    public CommandOutcome UpdateAction(
        Guid actorSeatId,
        Guid actionId,
        ActionStatus status,
        string? note,
        Guid commandId,
        DateTime now,
        DateOnly? nextCheck = null) =>
        Run(commandId, now, () =>
        {
            var action = ActionOrThrow(actionId);
            if (actorSeatId != action.OwnerSeatId && actorSeatId != InitiatorSeatId)
            {
                throw new AgendaRuleException("Alleen de trekker of de initiatiefnemer werkt deze actie bij.");
            }

            if (!IsClosed)
            {
                throw new AgendaRuleException("De verbeteragenda is nog niet vastgesteld; de voortgang bijhouden kan daarna.");
            }

            action.Update(actorSeatId, status, note, nextCheck, now);
            return true;
        });

    /// <summary>PDCA follow-up agreed by the group in a voortgangsoverleg: whoever leads the meeting (the live session
    /// checks that) records the status the group agreed and a note; the history says it was agreed in the meeting of
    /// <paramref name="meetingDate"/>. The same PDCA steps apply as for the trekker's own updates.</summary>
    public CommandOutcome RecordProgressMeetingAgreement(
        Guid actorSeatId,
        Guid actionId,
        ActionStatus status,
        string? note,
        DateOnly meetingDate,
        Guid commandId,
        DateTime now) =>
        Run(commandId, now, () =>
        {
            var action = ActionOrThrow(actionId);
            if (actorSeatId != InitiatorSeatId && actorSeatId != ChairSeatId && !_participantSeatIds.Contains(actorSeatId))
            {
                throw new AgendaRuleException("Alleen wie aan de verbeteragenda meedoet, legt afspraken uit het voortgangsoverleg vast.");
            }

            if (!IsClosed)
            {
                throw new AgendaRuleException("De verbeteragenda is nog niet vastgesteld; de voortgang bijhouden kan daarna.");
            }

            action.Update(actorSeatId, status, note, null, now, meetingDate);
            return true;
        });

    /// <summary>Every action with how it stands on <paramref name="today"/>, in agenda order.</summary>
    public IReadOnlyList<ActionOverview> Overview(DateOnly today) =>
        [.. _actions.OrderBy(a => a.Position).Select(a =>
            new ActionOverview(a.Id, a.NormId, a.Title, a.OwnerSeatId, a.Status, a.Progress(today), a.Deadline, a.NextCheck))];

    private CommandOutcome Run(Guid commandId, DateTime now, Func<bool> change)
    {
        AgendaTime.EnsureUtc(now);
        if (commandId == Guid.Empty)
        {
            throw new ArgumentException("A command needs its own id; the client makes one per command.", nameof(commandId));
        }

        if (_handledCommands.Any(c => c.CommandId == commandId))
        {
            return CommandOutcome.AlreadyApplied;
        }

        if (!change())
        {
            return CommandOutcome.AlreadyApplied;
        }

        Version++;
        _handledCommands.Add(new HandledCommand(commandId, Version, now));
        return CommandOutcome.Applied;
    }

    private void Validate(ActionDetails details)
    {
        EnsureFocus(details.NormId);
        Required(details.Title, "Geef de actie een titel.");
        Required(details.ForYoungPeople, "Beschrijf wat er voor de jongeren anders wordt.");
        Required(details.ResultIndicator, "Beschrijf hoe we merken dat het gelukt is.");
        ArgumentNullException.ThrowIfNull(details.Organisations);
        EnsureParticipant(details.OwnerSeatId, "De trekker is een van de deelnemers.");
        if (details.Deadline <= details.Start)
        {
            throw new AgendaRuleException("De deadline ligt na de start.");
        }

        if (details.FirstCheck < details.Start || details.FirstCheck > details.Deadline)
        {
            throw new AgendaRuleException("Het eerste checkmoment ligt tussen de start en de deadline.");
        }
    }

    private static string Required(string? text, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new AgendaRuleException(message) : text.Trim();

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new AgendaRuleException("De verbeteragenda is vastgesteld en kan niet meer veranderen.");
        }
    }

    private void EnsureSteering(Guid actorSeatId)
    {
        EnsureOpen();
        if (!CanSteer(actorSeatId))
        {
            throw new AgendaRuleException("Alleen de voorzitter of de initiatiefnemer kan dit.");
        }
    }

    private void EnsureParticipant(Guid seatId, string message)
    {
        if (!_participantSeatIds.Contains(seatId))
        {
            throw new AgendaRuleException(message);
        }
    }

    private void EnsureFocus(string normId)
    {
        if (_focusNorms.All(f => f.NormId != normId))
        {
            throw new AgendaRuleException($"Norm '{normId}' is geen focusnorm.");
        }
    }

    private ActionProposal ProposalOrThrow(Guid proposalId) =>
        _proposals.FirstOrDefault(p => p.Id == proposalId) ?? throw new AgendaRuleException("Dit voorstel bestaat niet (meer).");

    private AgendaAction ActionOrThrow(Guid actionId) =>
        Action(actionId) ?? throw new AgendaRuleException("Deze actie bestaat niet (meer).");
}
