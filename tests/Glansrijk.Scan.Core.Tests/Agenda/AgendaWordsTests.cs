using Glansrijk.Scan.Core.Agenda;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class AgendaWordsTests
{
    [Fact]
    public void Every_standing_has_its_own_dutch_words()
    {
        var approvals = Enum.GetValues<ApprovalStatus>().Select(s => s.InWords()).ToList();
        var invitations = Enum.GetValues<InvitationStatus>().Select(s => s.InWords()).ToList();

        Assert.Equal(["nog voorleggen", "voorgelegd", "goedgekeurd", "afgewezen"], approvals);
        Assert.Equal(["nog vragen", "gevraagd", "doet mee", "doet (nog) niet mee"], invitations);
    }

    [Fact]
    public void A_status_that_does_not_exist_is_refused_with_the_ones_that_do_in_the_same_words()
    {
        Assert.Equal("Kies een van de standen: nog voorleggen, voorgelegd, goedgekeurd of afgewezen.", AgendaWords.ApprovalStatusChoice);
        Assert.Equal("Kies een van de standen: nog vragen, gevraagd, doet mee of doet (nog) niet mee.", AgendaWords.InvitationStatusChoice);
    }

    [Fact]
    public void An_open_proposal_is_open_to_the_chair_and_saved_to_its_sender()
    {
        Assert.Equal(["open", "opgenomen in een actie", "niet overgenomen"], Enum.GetValues<ProposalState>().Select(s => s.InWords()));
        Assert.Equal(["opgeslagen", "opgenomen in een actie", "niet overgenomen"], Enum.GetValues<ProposalState>().Select(s => s.InWordsForSender()));
    }

    [Fact]
    public void The_agreements_read_as_the_four_topics_in_a_fixed_order()
    {
        var lines = new ProcessAgreements("Elk kwartaal", "Het VSV-overleg", "", "Met taart").InWords();

        Assert.Equal(["Hoe vaak we bijeenkomen", "Op welk overleg we de voortgang volgen", "Hoe trekkers rapporteren", "Hoe we successen vieren"], lines.Select(l => l.Topic));
        Assert.Equal(["Elk kwartaal", "Het VSV-overleg", "", "Met taart"], lines.Select(l => l.Text));
    }
}
