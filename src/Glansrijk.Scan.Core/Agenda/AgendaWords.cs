namespace Glansrijk.Scan.Core.Agenda;

/// <summary>One topic of the procesafspraken with what the group agreed on it ("Hoe vaak we bijeenkomen", "elk kwartaal").</summary>
public sealed record AgreementLine(string Topic, string Text);

/// <summary>The Dutch words for the verbeteragenda's standings: one place for the live views, the pages and the documents.</summary>
public static class AgendaWords
{
    public static string InWords(this ApprovalStatus status) => status switch
    {
        ApprovalStatus.ToSubmit => "nog voorleggen",
        ApprovalStatus.Submitted => "voorgelegd",
        ApprovalStatus.Approved => "goedgekeurd",
        _ => "afgewezen",
    };

    public static string InWords(this InvitationStatus status) => status switch
    {
        InvitationStatus.ToAsk => "nog vragen",
        InvitationStatus.Asked => "gevraagd",
        InvitationStatus.Joined => "doet mee",
        _ => "doet (nog) niet mee",
    };

    /// <summary>The refusal for an approval status that does not exist, naming the ones that do in the same words.</summary>
    public static string ApprovalStatusChoice => ChooseOneOf(Enum.GetValues<ApprovalStatus>().Select(s => s.InWords()));

    /// <summary>The refusal for an invitation status that does not exist, naming the ones that do in the same words.</summary>
    public static string InvitationStatusChoice => ChooseOneOf(Enum.GetValues<InvitationStatus>().Select(s => s.InWords()));

    private static string ChooseOneOf(IEnumerable<string> statuses)
    {
        var all = statuses.ToArray();
        return $"Kies een van de standen: {string.Join(", ", all[..^1])} of {all[^1]}.";
    }

    /// <summary>A proposal's fate as the chair sees it: "open" until they use it in an action or put it aside.</summary>
    public static string InWords(this ProposalState state) => state switch
    {
        ProposalState.Merged => "opgenomen in een actie",
        ProposalState.Dismissed => "niet overgenomen",
        _ => "open",
    };

    /// <summary>A proposal's fate as its sender sees it: an open one is simply "opgeslagen".</summary>
    public static string InWordsForSender(this ProposalState state) => state == ProposalState.Open ? "opgeslagen" : state.InWords();

    /// <summary>"trekker bevestigd" once the trekker took the action on, "wacht op bevestiging" until then.</summary>
    public static string OwnerInWords(this AgendaAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.IsOwnerConfirmed ? "trekker bevestigd" : "wacht op bevestiging";
    }

    /// <summary>The agreements topic by topic, always the four topics in this order.</summary>
    public static IReadOnlyList<AgreementLine> InWords(this ProcessAgreements agreements)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        return
        [
            new("Hoe vaak we bijeenkomen", agreements.MeetingFrequency),
            new("Op welk overleg we de voortgang volgen", agreements.Platform),
            new("Hoe trekkers rapporteren", agreements.Reporting),
            new("Hoe we successen vieren", agreements.Celebrating),
        ];
    }
}
