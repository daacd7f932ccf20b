namespace Glansrijk.Scan.Core.Sessions;

/// <summary>Open: participants vote and may change their vote. Closed: no more votes; only the count is known.
/// Revealed: the result is on the screen. A round only moves forward: Open → Closed → Revealed.</summary>
public enum RoundState
{
    Open = 0,
    Closed = 1,
    Revealed = 2,
}

/// <summary>One round of voting on one item. Round 1 is the first vote; a re-vote after the discussion is round 2 (and
/// so on), and the earlier rounds stay as they were, for comparison. Each seat has at most one vote per round.</summary>
public sealed class VotingRound
{
    private readonly List<Vote> _votes = [];

    private VotingRound()
    {
    }

    internal VotingRound(string itemId, int number, DateTime now)
    {
        Id = Guid.NewGuid();
        ItemId = itemId;
        Number = number;
        State = RoundState.Open;
        OpenedAt = now;
    }

    public Guid Id { get; private set; }
    public string ItemId { get; private set; } = "";

    /// <summary>1 for the first vote on the item, 2 for the first re-vote, …</summary>
    public int Number { get; private set; }

    public RoundState State { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public DateTime? RevealedAt { get; private set; }
    public IReadOnlyList<Vote> Votes => _votes;

    public bool IsRevote => Number > 1;

    public Vote? VoteOf(Guid seatId) => _votes.FirstOrDefault(v => v.SeatId == seatId);

    internal void Cast(Guid seatId, string optionCode, string? comment, Guid commandId, DateTime now)
    {
        EnsureOpenForVotes();
        if (VoteOf(seatId) is { } earlier)
        {
            earlier.Change(optionCode, comment, commandId, now);
        }
        else
        {
            _votes.Add(new Vote(seatId, optionCode, comment, commandId, now));
        }
    }

    internal void EnsureOpenForVotes()
    {
        if (State != RoundState.Open)
        {
            throw new SessionRuleException("Deze stemronde is gesloten. Je stem is niet meegeteld.");
        }
    }

    internal void Close(DateTime now)
    {
        SessionRules.EnsureCanClose(State);
        State = RoundState.Closed;
        ClosedAt = now;
    }

    internal void Reveal(DateTime now)
    {
        SessionRules.EnsureCanReveal(State);
        State = RoundState.Revealed;
        RevealedAt = now;
    }

    internal void MoveTo(RoundState state, DateTime now)
    {
        if (state == RoundState.Closed)
        {
            Close(now);
        }
        else if (state == RoundState.Revealed)
        {
            Reveal(now);
        }
    }
}

/// <summary>A participant's answer in a round, with an optional short comment. It is never shown with a name: the
/// screen only shows totals (see <see cref="Tally"/>).</summary>
public sealed class Vote
{
    public const int MaxCommentLength = 280;

    private Vote()
    {
    }

    internal Vote(Guid seatId, string optionCode, string? comment, Guid commandId, DateTime now)
    {
        SeatId = seatId;
        OptionCode = optionCode;
        Comment = comment;
        CommandId = commandId;
        CastAt = now;
    }

    public Guid SeatId { get; private set; }
    public string OptionCode { get; private set; } = "";
    public string? Comment { get; private set; }
    public DateTime CastAt { get; private set; }

    /// <summary>The command that last set this vote.</summary>
    public Guid CommandId { get; private set; }

    internal void Change(string optionCode, string? comment, Guid commandId, DateTime now)
    {
        OptionCode = optionCode;
        Comment = comment;
        CommandId = commandId;
        CastAt = now;
    }

    /// <summary>Trims the comment (empty becomes null) and checks its length.</summary>
    internal static string? CheckedComment(string? comment)
    {
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > MaxCommentLength
            ? throw new SessionRuleException($"Je toelichting is te lang; gebruik hoogstens {MaxCommentLength} tekens.")
            : trimmed;
    }
}
