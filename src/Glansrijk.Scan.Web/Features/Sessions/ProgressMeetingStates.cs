using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>One action as the voortgangsoverleg shows it. <see cref="Status"/> and <see cref="Progress"/> are words
/// ("Do", "op schema"), <see cref="Standing"/> both in one ("Do (op schema)"; a finished action just "Afgerond" or
/// "Vervallen"); <see cref="Done"/> marks a success to celebrate. <see cref="AgreedHere"/> is the update the
/// group agreed in this meeting, in words, when there is one.</summary>
public sealed record ProgressActionView(
    Guid ActionId,
    string ItemId,
    int Number,
    string Title,
    string Owner,
    string Status,
    string Progress,
    string Standing,
    bool Done,
    bool IsCurrent,
    string? AgreedHere,
    IReadOnlyList<ProgressIndicatorView>? Indicators = null);

/// <summary>An indicator of an action as the voortgangsoverleg shows it: its latest value with the period
/// ("52% (2e kwartaal 2027)", null while nothing was measured), the status in words with a class for its look, the trend in words and
/// as a small SVG (which the words make complete).</summary>
public sealed record ProgressIndicatorView(string Name, string? Latest, string StatusInWords, string StatusClass, string Trend, string Chart)
{
    public static ProgressIndicatorView Of(Indicator indicator)
    {
        var standing = IndicatorStanding.Of(indicator);
        return new(
            standing.Name,
            standing.Latest is null ? null : standing.LatestInWords,
            standing.StatusInWords,
            Agenda.ActionFollowUp.StatusClass(standing.Status),
            standing.Trend,
            IndicatorTrendChart.RenderSmall(indicator));
    }
}

/// <summary>A status the chair may record for the action on the screen: <see cref="Status"/> is the name the hub takes.</summary>
public sealed record StatusChoiceView(string Status, string Label);

/// <summary>The voortgangsoverleg next to the live state: every action with where it stands, the successes (actions
/// that are Afgerond), the action on the screen, and the statuses it may move to. The same for every audience: it holds
/// nothing personal beyond the trekkers' names, which the agenda shows everyone anyway.</summary>
public sealed record ProgressMeetingView(
    string Name,
    string Date,
    IReadOnlyList<ProgressActionView> Actions,
    IReadOnlyList<ProgressActionView> Successes,
    ProgressActionView? Current,
    IReadOnlyList<StatusChoiceView> NextStatuses);

/// <summary>Builds <see cref="ProgressMeetingView"/> for a progress meeting, from the scan's verbeteragenda as it is now.</summary>
public sealed class ProgressMeetingStates(TimeProvider clock)
{
    public Instrument InstrumentOf(LiveSession session, ImprovementAgenda agenda)
    {
        ArgumentNullException.ThrowIfNull(session);
        return ProgressMeeting.InstrumentOf(agenda, id => NameOf(session, id), Today());
    }

    /// <summary>The day of the meeting in the Netherlands: an update agreed in it says "in het voortgangsoverleg van …".</summary>
    public DateOnly MeetingDate(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(session.StartedAt, DateTimeKind.Utc), clock.LocalTimeZone));
    }

    public ProgressMeetingView? For(LiveSession session, ImprovementAgenda? agenda)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.IsProgressMeeting || agenda is null)
        {
            return null;
        }

        var today = Today();
        var meetingDate = MeetingDate(session);
        var currentActionId = session.Current is { } entry ? ProgressMeeting.ActionIdOf(entry.ItemId) : null;
        var actions = agenda.Actions.OrderBy(a => a.Position)
            .Select((a, index) => new ProgressActionView(
                a.Id,
                ProgressMeeting.ItemIdOf(a.Id),
                index + 1,
                a.Title,
                NameOf(session, a.OwnerSeatId),
                a.Status.InWords(),
                a.Progress(today).InWords(),
                a.IsFinished ? a.Status.InWords() : $"{a.Status.InWords()} ({a.Progress(today).InWords()})",
                a.Status == ActionStatus.Done,
                a.Id == currentActionId,
                a.History.LastOrDefault(u => u.AgreedInProgressMeetingOn == meetingDate) is { } agreed ? AgreedInWords(agreed) : null,
                [.. a.Indicators.Select(ProgressIndicatorView.Of)]))
            .ToArray();
        var current = actions.FirstOrDefault(a => a.IsCurrent);
        var next = current is null ? [] : agenda.Action(current.ActionId)!.NextStatuses
            .Select(s => new StatusChoiceView(s.ToString(), s.InWords()))
            .Prepend(new StatusChoiceView(agenda.Action(current.ActionId)!.Status.ToString(), $"{current.Status} (blijft)"))
            .Where(_ => !agenda.Action(current.ActionId)!.IsFinished)
            .ToArray();
        return new ProgressMeetingView(session.Name, ProgressMeeting.Date(meetingDate), actions, [.. actions.Where(a => a.Done)], current, next);
    }

    private static string AgreedInWords(ActionUpdate update) =>
        (update.From == update.To ? $"Afgesproken: status blijft {update.To.InWords()}" : $"Afgesproken: van {update.From.InWords()} naar {update.To.InWords()}")
        + (update.Note is { } note ? $". {note}" : ".");

    private static string NameOf(LiveSession session, Guid seatId) => session.Seat(seatId)?.Name ?? "onbekend";

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
