namespace Glansrijk.Scan.Core.Sessions;

/// <summary>What a vote needs to know about the session, read from the few rows it touches (the session row, the
/// round it names, the round now on the screen, the seat): never the whole session, so checking a vote costs the same
/// at the last item as at the first.</summary>
/// <param name="Ended">The session has ended.</param>
/// <param name="SeatTakesPart">The voter's seat is one of the session's seats.</param>
/// <param name="Round">The state of the round the vote names; null when the session has no such round.</param>
/// <param name="IsCurrentRound">The named round is the latest round of the item on the screen.</param>
/// <param name="OptionAllowed">The answer is one of the item's answers.</param>
public sealed record VoteContext(bool Ended, bool SeatTakesPart, RoundState? Round, bool IsCurrentRound, bool OptionAllowed);

/// <summary>The rules of a vote, as pure functions over a <see cref="VoteContext"/>: the live session applies them to
/// its aggregate, the host to the rows it read.</summary>
public static class VoteRules
{
    /// <summary>Checks a vote and returns its comment as it is stored (trimmed, null when empty). Throws a
    /// <see cref="SessionRuleException"/> with the reason in Dutch when the vote may not count.</summary>
    public static string? Check(VoteContext context, string? optionCode, string? comment)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Ended)
        {
            throw new SessionRuleException("Deze sessie is afgelopen.");
        }

        if (!context.SeatTakesPart)
        {
            throw new SessionRuleException("Je hoort niet bij deze scan, dus je stem telt hier niet mee.");
        }

        if (context.Round is not { } state)
        {
            throw new SessionRuleException("Deze stemronde bestaat niet. Je stem is niet meegeteld.");
        }

        if (state != RoundState.Open)
        {
            throw new SessionRuleException("Deze stemronde is gesloten. Je stem is niet meegeteld.");
        }

        if (!context.IsCurrentRound)
        {
            throw new SessionRuleException("Er wordt nu over een ander onderwerp gestemd. Je stem is niet meegeteld.");
        }

        if (optionCode is null || !context.OptionAllowed)
        {
            throw new SessionRuleException("Kies een van de antwoorden die bij deze vraag horen.");
        }

        return Vote.CheckedComment(comment);
    }

    /// <summary>With auto-reveal on, the vote of the last person present closes the round and shows the result. Nobody
    /// present (everyone left while the round was open) does not complete it.</summary>
    public static bool CompletesRound(bool autoReveal, IEnumerable<Guid> presentSeatIds, IReadOnlySet<Guid> votedSeatIds)
    {
        ArgumentNullException.ThrowIfNull(presentSeatIds);
        ArgumentNullException.ThrowIfNull(votedSeatIds);
        return autoReveal && presentSeatIds.All(votedSeatIds.Contains);
    }
}
