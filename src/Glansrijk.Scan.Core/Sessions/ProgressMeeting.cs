using System.Globalization;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Instruments;

namespace Glansrijk.Scan.Core.Sessions;

/// <summary>The progress meetings a scan has had so far, as far as starting the next one needs to know.</summary>
public sealed record ProgressMeetingsHeld(int Count, bool OneRunning)
{
    public static readonly ProgressMeetingsHeld None = new(0, false);
}

/// <summary>A voortgangsoverleg as the live engine sees it: an instrument made from the closed verbeteragenda, one item
/// per action, answered on a status scale. The live engine runs it like any other instrument; only this class knows
/// that an item is an action.</summary>
public static class ProgressMeeting
{
    public const string InstrumentId = "voortgang";
    public const string Question = "Hoe staat deze actie ervoor?";

    public const string OnTrack = "op-schema";
    public const string Behind = "loopt-achter";
    public const string Completed = "afgerond";
    public const string DontKnow = "weet-niet";

    private const string ItemPrefix = "actie-";
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Behind, on track, completed, in that order (so the chart reads from left to right): the scores order the answers, so the median reads as a status; "Weet ik
    /// niet" is recorded but not counted.</summary>
    public static readonly Scale StatusScale = new("voortgang-status", "Voortgang", [
        new ScaleOption(Behind, "Loopt achter", "De actie loopt later of anders dan afgesproken.", 1),
        new ScaleOption(OnTrack, "Op schema", "De actie loopt zoals afgesproken.", 2),
        new ScaleOption(Completed, "Afgerond", "De actie is klaar: het resultaat is er.", 3),
        new ScaleOption(DontKnow, "Weet ik niet", "Je kunt het niet beoordelen.", null),
    ]);

    public static string ItemIdOf(Guid actionId) => ItemPrefix + actionId.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>The action an item of a progress meeting stands for; null for any other item.</summary>
    public static Guid? ActionIdOf(string itemId) =>
        itemId is not null && itemId.StartsWith(ItemPrefix, StringComparison.Ordinal)
            && Guid.TryParseExact(itemId[ItemPrefix.Length..], "N", out var id)
            ? id
            : null;

    /// <summary>The agenda's actions as items, in agenda order; the explanation says what the action is for, who pulls
    /// it, the deadline, where it stands on <paramref name="today"/> and the last progress note. Built again from the
    /// agenda each time, so a status agreed in the meeting shows at once.</summary>
    public static Instrument InstrumentOf(ImprovementAgenda agenda, Func<Guid, string> nameOf, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(nameOf);
        var items = agenda.Actions.OrderBy(a => a.Position)
            .Select((action, index) => new Item(
                ItemIdOf(action.Id),
                index + 1,
                action.Title,
                Question,
                Explanation(action, nameOf, today),
                null,
                null,
                null,
                []))
            .ToList();
        return new Instrument(
            InstrumentId,
            "Voortgangsoverleg",
            0,
            "Per actie zegt iedereen hoe die ervoor staat. De voorzitter legt vast wat de groep afspreekt.",
            StatusScale,
            [],
            [],
            [],
            items);
    }

    private static string Explanation(AgendaAction action, Func<Guid, string> nameOf, DateOnly today)
    {
        var lines = new List<string>
        {
            $"Wat er voor jongeren verandert: {action.ForYoungPeople}",
            $"Trekker: {nameOf(action.OwnerSeatId)}. Deadline: {Date(action.Deadline)}.",
            $"Status nu: {action.Status.InWords()} ({action.Progress(today).InWords()}).",
        };
        if (action.History.LastOrDefault(u => u.Note is not null) is { } last)
        {
            lines.Add($"Laatste voortgang ({Date(DateOnly.FromDateTime(last.At))}): {last.Note}");
        }

        return string.Join('\n', lines);
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
