using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Agenda.Exports;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda.Exports;

public sealed class AgendaReportTests
{
    [Fact]
    public void The_report_names_every_participant_with_organisation_and_domain()
    {
        var report = SampleAgenda.Closed().Report();

        Assert.Equal(12, report.Participants.Count);
        var karim = Assert.Single(report.Participants, p => p.Name == "Karim El Amrani");
        Assert.Equal("Gemeente Dordrecht", karim.Organisation);
        Assert.Equal("Sociale dienst / Werkbedrijf", karim.Domain);
        Assert.Equal([1], karim.ChairOfSessions);
        Assert.True(Assert.Single(report.Participants, p => p.Name == "Ilse Initiatief").IsInitiator);
        Assert.All(report.Domains, d => Assert.Equal(2, d.Seats));
        Assert.Equal(6, report.Domains.Count);
    }

    [Fact]
    public void The_two_sessions_are_given_with_their_Dutch_date_and_place()
    {
        var report = SampleAgenda.Closed().Report();

        Assert.Collection(
            report.Sessions,
            one =>
            {
                Assert.Equal("woensdag 10 februari 2027, 13.00–16.30 uur", one.When);
                Assert.Equal("Stadskantoor Dordrecht, zaal 3", one.Where);
            },
            two => Assert.Equal("Stadskantoor Dordrecht, zaal 3 (ook online)", two.Where));
    }

    [Fact]
    public void Scores_per_norm_give_the_median_and_the_spread_in_words()
    {
        var report = SampleAgenda.Closed().Report();

        var norms = Assert.Single(report.Scores).Norms;
        Assert.Equal(15, norms.Count);
        var handover = Assert.Single(norms, n => n.NormId == "norm-07");
        Assert.Equal("2,5", handover.MedianText);
        Assert.Equal("sterk verdeeld", handover.SpreadInWords);
        // Seats 1, 4, 7 and 10 gave norm 7 two points, seats 3, 6, 9 and 12 one.
        Assert.Equal(12, handover.Points);
        var inView = Assert.Single(norms, n => n.NormId == "norm-04");
        Assert.Equal("1,5", inView.MedianText);
        // Half the room on each of two neighbouring answers is a split, and the report says over which two.
        Assert.Equal("verdeeld over Nog niet en In beperkte mate", inView.SpreadInWords);
        var notDiscussed = Assert.Single(norms, n => n.NormId == "norm-15");
        Assert.Null(notDiscussed.Median);
        Assert.Equal("niet besproken of niet getoond", notDiscussed.SpreadInWords);
    }

    [Fact]
    public void The_checklist_is_given_per_level_and_phase_as_the_share_realised()
    {
        var report = SampleAgenda.Closed().Report();

        var checklist = Assert.Single(report.Checklists);
        Assert.Equal(["1 Voorbereiden", "2 Richten", "3 Inrichten", "4 & 5 Verrichten en evalueren"], checklist.Phases);
        Assert.Equal(["Bestuurlijk", "Beleidsmatig", "Operationeel"], checklist.Rows.Select(r => r.Level));
        // Bestuurlijk: 6 of the 11 counted answers Gerealiseerd; elsewhere 3 of 11 ("Weet ik niet" does not count).
        Assert.All(checklist.Rows[0].Cells, c => Assert.Equal("55% gerealiseerd", c.InWords));
        Assert.All(checklist.Rows[2].Cells, c => Assert.Equal("27% gerealiseerd", c.InWords));
    }

    [Fact]
    public void Focus_norms_carry_the_improvement_points_of_session_1_and_why_they_were_chosen()
    {
        var report = SampleAgenda.Closed().Report();

        var handover = Assert.Single(report.FocusNorms, f => f.NormId == "norm-07");
        Assert.Equal("Warme overdracht", handover.Title);
        Assert.Equal(
            ["Scholen en werkbedrijf dragen een jongere niet altijd persoonlijk over.", "Niemand is na de zomer verantwoordelijk voor jongeren zonder plek."],
            handover.Findings);
        Assert.Contains("sterk verdeeld", handover.Signals);
        Assert.Contains("mediaan 2,5", handover.Signals);
        Assert.Equal(Enumerable.Range(1, report.FocusNorms.Count), report.FocusNorms.Select(f => f.Rank));
    }

    [Fact]
    public void Actions_are_numbered_per_focus_norm_with_trekker_dates_and_status()
    {
        var sample = SampleAgenda.Closed();
        var report = sample.Report();

        Assert.Equal(sample.Agenda.Actions.Count, report.Actions.Count);
        Assert.Equal(Enumerable.Range(1, report.Actions.Count), report.Actions.Select(a => a.Number));
        var first = report.Actions[0];
        Assert.Equal("Warme overdracht van school naar werkbedrijf vastleggen", first.Title);
        Assert.Equal("Sanne Bakker", first.Owner);
        Assert.Equal("Leerplicht Drechtsteden", first.OwnerOrganisation);
        Assert.True(first.OwnerConfirmed);
        Assert.Equal(new DateOnly(2027, 12, 15), first.Deadline);
        Assert.Equal([new DateOnly(2027, 6, 1)], first.CheckMoments);
        Assert.Equal("Plan", first.Status);
        Assert.Equal("op schema", first.Progress);
        var focusOrder = report.FocusNorms.Select(f => $"{f.Number}. {f.Title}").ToList();
        Assert.Equal(report.Actions.Select(a => focusOrder.IndexOf(a.Norm)).Order(), report.Actions.Select(a => focusOrder.IndexOf(a.Norm)));
    }

    [Fact]
    public void A_moved_check_moment_shows_next_to_the_first_and_raises_the_revision()
    {
        var sample = SampleAgenda.Closed();
        var action = sample.Agenda.Actions[0];
        sample.Agenda.UpdateAction(action.OwnerSeatId, action.Id, ActionStatus.Do, "Gestart met twee scholen.", Guid.NewGuid(),
            new DateTime(2027, 3, 20, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2027, 9, 1));

        var reported = Assert.Single(sample.Report().Actions, a => a.Id == action.Id);

        Assert.Equal([new DateOnly(2027, 6, 1), new DateOnly(2027, 9, 1)], reported.CheckMoments);
        Assert.Equal("Do", reported.Status);
        Assert.Equal(1, reported.Revision);
    }

    [Fact]
    public void Agreements_afhechting_and_confirmations_are_all_in_the_report()
    {
        var report = SampleAgenda.Closed().Report();

        Assert.Equal("Het regionale VSV-overleg", report.ProcessAgreements!.Platform);
        Assert.Contains(report.InternalApprovals, a => a is { Organisation: "Gemeente Dordrecht", Body: "College van B&W", Status: "nog voorleggen" });
        var invitation = Assert.Single(report.ExternalInvitations);
        Assert.Equal(("Jongerenwerk Drechtsteden", "Noor Hendriks", "nog vragen"), (invitation.Organisation, invitation.Contact, invitation.Status));
        Assert.Equal("11 van 12 akkoord", report.Confirmations.InWords);
        var objection = Assert.Single(report.Confirmations.Objections);
        Assert.Equal(("Ruben Bos", "Zorg ontbreekt nog bij de werkgeversacties."), (objection.Name, objection.Reason));
        Assert.Equal(new DateOnly(2027, 2, 24), report.AdoptedOn);
    }

    [Fact]
    public void The_chairs_of_this_year_and_the_rotation_note_for_next_year_name_the_organisations()
    {
        var report = SampleAgenda.Closed().Report();

        Assert.Equal(
            [(1, "Karim El Amrani", "Gemeente Dordrecht"), (2, "Joke de Vries", "Werkbedrijf Drechtsteden")],
            report.Chairs.Select(c => (c.Session, c.Name, c.Organisation)));
        Assert.Contains("Bij de scan van 2028", report.RotationNote, StringComparison.Ordinal);
        Assert.Contains("Gemeente Dordrecht en Werkbedrijf Drechtsteden", report.RotationNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_planned_date_the_next_scan_is_named_a_year_after_session_1()
    {
        var sample = SampleAgenda.Closed();

        Assert.Null(sample.Report().NextScan.Date);
        Assert.StartsWith("rond februari 2028", sample.Report().NextScan.InWords, StringComparison.Ordinal);
        Assert.Equal("9 februari 2028", sample.Report(new DateOnly(2028, 2, 9)).NextScan.InWords);
    }

    [Fact]
    public void With_last_year_each_norm_shows_last_years_median_and_the_change()
    {
        var sample = SampleAgenda.Closed();
        sample.LastYear = [new NormResult("norm-07", 3, SpreadClass.InAgreement), new NormResult("norm-04", 1, SpreadClass.InAgreement)];

        var scores = Assert.Single(sample.Report().Scores);

        Assert.True(scores.HasLastYear);
        var handover = Assert.Single(scores.Norms, n => n.NormId == "norm-07");
        Assert.Equal(("3", "slechter"), (handover.LastYearText, handover.LastYearChange));
        Assert.Equal("beter", Assert.Single(scores.Norms, n => n.NormId == "norm-04").LastYearChange);
        Assert.Equal("nieuw", Assert.Single(scores.Norms, n => n.NormId == "norm-01").LastYearChange);
    }

    [Fact]
    public void An_agenda_still_open_is_reported_as_a_concept()
    {
        var sample = SampleAgenda.Open();
        sample.AddStandardActions();

        var report = sample.Report();

        Assert.False(report.IsAdopted);
        Assert.Equal("0 van 12 akkoord", report.Confirmations.InWords);
    }

    [Fact]
    public void The_agenda_of_another_scan_is_refused()
    {
        var sample = SampleAgenda.Closed();
        var other = SampleAgenda.Closed();

        Assert.Throws<ArgumentException>(() =>
            AgendaReport.From(sample.Scan, sample.Overview, [], other.Agenda, SampleAgenda.Catalog, SampleAgenda.Session2));
    }

    [Theory]
    [InlineData("Drechtsteden", "verbeteragenda-drechtsteden-2027")]
    [InlineData("Zuid-Holland Zuid", "verbeteragenda-zuid-holland-zuid-2027")]
    [InlineData("Noordoost-Brabant ('s-Hertogenbosch)", "verbeteragenda-noordoost-brabant-s-hertogenbosch-2027")]
    [InlineData("Fryslân", "verbeteragenda-fryslan-2027")]
    public void The_file_name_is_made_of_the_region_and_year(string region, string expected)
    {
        var report = SampleAgenda.Closed().Report() with { Region = region };

        Assert.Equal(expected, report.FileStem);
    }
}
