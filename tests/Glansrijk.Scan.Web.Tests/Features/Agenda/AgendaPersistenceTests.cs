using System.Globalization;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda;

public sealed class AgendaPersistenceTests
{
    [Fact]
    public async Task A_closed_agenda_with_its_PDCA_history_comes_back_whole_in_a_fresh_context()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        await room.ApplyAsync((a, now) => a.UpdateAction(room.SeatOf(AgendaRoom.Trekker), action.Id, ActionStatus.Do, "Eerste gesprekken gepland", Guid.NewGuid(), now, room.Today.AddDays(20)));
        await room.ApplyAsync((a, now) => a.UpdateAction(room.Chair, action.Id, ActionStatus.Check, null, Guid.NewGuid(), now));
        var approval = (await room.LoadAsync()).InternalApprovals.Single().Id;
        await room.ApplyAsync((a, now) => a.SetApprovalStatus(room.Chair, approval, ApprovalStatus.Submitted, Guid.NewGuid(), now));
        var inMemory = await room.ApplyAsync((a, now) => a.UpdateAction(room.SeatOf(AgendaRoom.OtherTrekker), a.Actions[1].Id, ActionStatus.Dropped, "Het loket komt er via de provincie", Guid.NewGuid(), now));

        var stored = await app.WithDatabaseAsync(db => db.ImprovementAgendas.AsNoTracking().AsSplitQuery().SingleAsync(a => a.Id == room.AgendaId));

        var lines = Describe(stored);
        Assert.Equal(inMemory.Version, stored.Version);
        Assert.Contains($"focus:{room.NormIds[2]}:0:True", lines);
        Assert.Contains($"focus:{room.NormIds[5]}:1:True", lines);
        Assert.Contains("agreements:Elk kwartaal|Het VSV-overleg|Trekkers werken hun actie bij via hun link|Een lunch bij elke afgeronde actie", lines);
        Assert.Contains("approval:Gemeente Dordrecht|College van B&W|Submitted", lines);
        Assert.Contains($"invitation:UWV|{room.SeatOf(AgendaRoom.Bystander)}|ToAsk", lines);
        Assert.Contains($"confirmation:{room.SeatOf(AgendaRoom.Bystander)}|False|Te weinig aandacht voor zorg", lines);
        Assert.Contains(lines, l => l.StartsWith($"proposal:{room.NormIds[2]}|{room.SeatOf(AgendaRoom.Trekker)}|Elk", StringComparison.Ordinal) && l.EndsWith("|Merged", StringComparison.Ordinal));
        Assert.Contains($"action:0|{AgendaRoom.FirstTitle}|Check|Praktijkschool De Brug,Werkbedrijf|{room.Today.AddDays(20):yyyy-MM-dd}|owner-confirmed:True|", lines);
        Assert.Contains($"action:1|{AgendaRoom.SecondTitle}|Dropped|Gemeente|{room.Today.AddDays(-30):yyyy-MM-dd}|owner-confirmed:True|Het loket komt er via de provincie", lines);
        Assert.Contains(lines, l => l.StartsWith($"update:{AgendaRoom.FirstTitle}|{room.SeatOf(AgendaRoom.Trekker)}|Plan>Do|Eerste gesprekken gepland|{room.Today.AddDays(20):yyyy-MM-dd}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"update:{AgendaRoom.FirstTitle}|{room.Chair}|Do>Check||", StringComparison.Ordinal));
        Assert.Equal(Describe(await room.LoadAsync()), lines);
        Assert.Equal(stored.Version, stored.HandledCommands.Count + 1);
        Assert.Equal([AgendaRoom.FirstTitle, AgendaRoom.SecondTitle], stored.Actions.Select(a => a.Title));
        Assert.Equal([ActionStatus.Do, ActionStatus.Check], stored.Action(action.Id)!.History.Select(u => u.To));
        Assert.Equal(ActionStatus.Check, stored.Action(action.Id)!.LastUpdate!.To);
        Assert.True(stored.IsClosed);
    }

    [Fact]
    public async Task An_agenda_is_the_same_after_an_app_restart_on_the_same_database_file()
    {
        var before = new ScanAppFactory { KeepData = true };
        List<string> described;
        Guid agendaId;
        try
        {
            var room = await (await AgendaRoom.StartAsync(before)).MakeAndCloseAsync();
            var action = await room.ActionAsync(AgendaRoom.FirstTitle);
            await room.ApplyAsync((a, now) => a.UpdateAction(room.SeatOf(AgendaRoom.Trekker), action.Id, ActionStatus.Do, "Gestart", Guid.NewGuid(), now));
            agendaId = room.AgendaId;
            described = Describe(await room.LoadAsync());
        }
        finally
        {
            await before.DisposeAsync();
        }

        await using var after = new ScanAppFactory(dataFolder: before.DataFolder);
        var reloaded = await after.Services.GetRequiredService<ImprovementAgendaService>().FindAsync(agendaId, CancellationToken.None);

        Assert.NotNull(reloaded);
        Assert.Equal(described, Describe(reloaded));
    }

    [Fact]
    public async Task Saving_a_stale_copy_of_an_agenda_is_a_concurrency_conflict_and_changes_nothing()
    {
        await using var app = new ScanAppFactory();
        var room = await AgendaRoom.StartAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.ScanDbContext>();
        var stale = await db.ImprovementAgendas.AsSplitQuery().SingleAsync(a => a.Id == room.AgendaId);

        await room.ApplyAsync((a, now) => a.ConfirmFocus(room.Chair, [room.NormIds[2]], Guid.NewGuid(), now));
        stale.SetProcessAgreements(room.Chair, new ProcessAgreements("Elke maand", "", "", ""), Guid.NewGuid(), DateTime.UtcNow);
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<HandledCommand>().Where(e => e.State == EntityState.Modified))
        {
            entry.State = EntityState.Added;
        }

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        var stored = await room.LoadAsync();
        Assert.Null(stored.ProcessAgreements);
        Assert.Equal([room.NormIds[2]], stored.FocusNorms.Select(f => f.NormId));
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task A_command_that_loses_a_race_with_another_process_runs_again_on_the_fresh_agenda()
    {
        await using var first = new ScanAppFactory { KeepData = true };
        var room = await AgendaRoom.StartAsync(first);
        await using var second = new ScanAppFactory(dataFolder: first.DataFolder);
        var otherProcess = second.Services.GetRequiredService<ImprovementAgendaService>();
        var runs = 0;

        var result = await room.Service.ApplyAsync(room.AgendaId, (agenda, now) =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                // The other process saves between our load and our save, as a second server would.
#pragma warning disable xUnit1031 // The command delegate is synchronous by design; blocking here plays the race.
                var raced = otherProcess.ApplyAsync(room.AgendaId, (a, n) => a.SubmitProposal(room.SeatOf(AgendaRoom.Bystander), room.NormIds[2], "Van de andere server", Guid.NewGuid(), n), CancellationToken.None).GetAwaiter().GetResult();
#pragma warning restore xUnit1031
                Assert.True(raced.Ok, raced.Message);
            }

            return agenda.SubmitProposal(room.SeatOf(AgendaRoom.Trekker), room.NormIds[2], "Van deze server", Guid.NewGuid(), now);
        }, CancellationToken.None);

        Assert.True(result.Ok, result.Message);
        Assert.Equal(2, runs);
        var stored = await room.LoadAsync();
        Assert.Equal(["Van de andere server", "Van deze server"], stored.Proposals.Select(p => p.Text).Order(StringComparer.Ordinal));
        Assert.Equal(3, stored.Version);
        Assert.Contains(first.LogLines, l => l.Contains("was changed elsewhere; attempt 1 runs the command again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Points_per_participant_per_norm_are_stored_and_a_new_distribution_replaces_the_old()
    {
        await using var app = new ScanAppFactory();
        var room = await AgendaRoom.StartAsync(app);
        var anna = room.SeatOf(AgendaRoom.Trekker);
        var bram = room.SeatOf(AgendaRoom.OtherTrekker);
        var prioritisation = Prioritisation.Start(room.ScanId, room.NormIds, [anna, bram], room.Chair, room.Chair, DateTime.UtcNow);
        prioritisation.Distribute(anna, new Dictionary<string, int> { [room.NormIds[0]] = 2, [room.NormIds[3]] = 1 }, Guid.NewGuid(), DateTime.UtcNow);
        prioritisation.Distribute(bram, new Dictionary<string, int> { [room.NormIds[3]] = 3 }, Guid.NewGuid(), DateTime.UtcNow);
        await app.WithDatabaseAsync(async db =>
        {
            db.Prioritisations.Add(prioritisation);
            return await db.SaveChangesAsync();
        });

        await app.WithDatabaseAsync(async db =>
        {
            var loaded = await db.Prioritisations.AsSplitQuery().SingleAsync(p => p.ScanId == room.ScanId);
            var tracked = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            loaded.Distribute(anna, new Dictionary<string, int> { [room.NormIds[3]] = 1, [room.NormIds[7]] = 2 }, Guid.NewGuid(), DateTime.UtcNow);
            db.ChangeTracker.DetectChanges();
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && !tracked.Contains(e.Entity)))
            {
                entry.State = EntityState.Added;
            }

            return await db.SaveChangesAsync();
        });

        var stored = await app.WithDatabaseAsync(db => db.Prioritisations.AsNoTracking().AsSplitQuery().SingleAsync(p => p.ScanId == room.ScanId));
        Assert.Equal(new Dictionary<string, int> { [room.NormIds[3]] = 1, [room.NormIds[7]] = 2 }, stored.DistributionOf(anna));
        Assert.Equal(new Dictionary<string, int> { [room.NormIds[3]] = 3 }, stored.DistributionOf(bram));
        Assert.Equal(room.NormIds, stored.NormIds);
        Assert.Equal([anna, bram], stored.ParticipantSeatIds);
        Assert.Equal(3, stored.Budget);
        Assert.Equal(4, stored.Version);
        Assert.Equal(room.NormIds[3], stored.Ranking()[0].NormId);
        Assert.Equal(4, stored.Ranking()[0].Points);
    }

    /// <summary>Everything an agenda holds, one line per part, so two copies can be compared as a whole.</summary>
    private static List<string> Describe(ImprovementAgenda agenda)
    {
        static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static string T(DateTime? at) => at?.ToString("O", CultureInfo.InvariantCulture)[..19] ?? "-";
        var lines = new List<string>
        {
            $"agenda:{agenda.Id}|{agenda.ScanId}|{agenda.ChairSeatId}|{agenda.InitiatorSeatId}|{T(agenda.CreatedAt)}|{T(agenda.FocusConfirmedAt)}|{T(agenda.ClosedAt)}|{agenda.Version}",
            $"norms:{string.Join(",", agenda.NormIds)}",
            $"proposed:{string.Join(",", agenda.ProposedFocusNormIds)}",
            $"participants:{string.Join(",", agenda.ParticipantSeatIds)}",
            agenda.ProcessAgreements is { } p ? $"agreements:{p.MeetingFrequency}|{p.Platform}|{p.Reporting}|{p.Celebrating}" : "agreements:-",
        };
        lines.AddRange(agenda.FocusNorms.OrderBy(f => f.Position).Select(f => $"focus:{f.NormId}:{f.Position}:{f.WasProposed}"));
        lines.AddRange(agenda.Proposals.OrderBy(p => p.SubmittedAt).ThenBy(p => p.Text, StringComparer.Ordinal)
            .Select(p => $"proposal:{p.NormId}|{p.SeatId}|{p.Text}|{T(p.SubmittedAt)}|{p.ActionId}|{p.State}"));
        foreach (var action in agenda.Actions.OrderBy(a => a.Position))
        {
            lines.Add($"action:{action.Position}|{action.Title}|{action.Status}|{string.Join(",", action.Organisations)}|{D(action.NextCheck)}|owner-confirmed:{action.IsOwnerConfirmed}|{action.DroppedReason}");
            lines.Add($"action-details:{action.Id}|{action.NormId}|{action.ForYoungPeople}|{action.OwnerSeatId}|{D(action.Start)}|{D(action.Deadline)}|{D(action.FirstCheck)}|{action.ResultIndicator}|{T(action.OwnerConfirmedAt)}|{T(action.CreatedAt)}");
            lines.AddRange(action.History.Select(u => $"update:{action.Title}|{u.BySeatId}|{u.From}>{u.To}|{u.Note}|{(u.NextCheck is { } n ? D(n) : "-")}|{T(u.At)}|{u.Id}"));
        }

        lines.AddRange(agenda.InternalApprovals.Select(a => $"approval:{a.Organisation}|{a.Body}|{a.Status}"));
        lines.AddRange(agenda.InternalApprovals.Select(a => $"approval-details:{a.Id}|{T(a.UpdatedAt)}"));
        lines.AddRange(agenda.ExternalInvitations.Select(i => $"invitation:{i.Organisation}|{i.ContactSeatId}|{i.Status}"));
        lines.AddRange(agenda.ExternalInvitations.Select(i => $"invitation-details:{i.Id}|{T(i.UpdatedAt)}"));
        lines.AddRange(agenda.Confirmations.OrderBy(c => c.SeatId).Select(c => $"confirmation:{c.SeatId}|{c.Agrees}|{c.Reason}"));
        lines.AddRange(agenda.Confirmations.OrderBy(c => c.SeatId).Select(c => $"confirmation-at:{c.SeatId}|{T(c.At)}"));
        lines.AddRange(agenda.HandledCommands.OrderBy(c => c.Version).Select(c => $"handled:{c.CommandId}|{c.Version}|{T(c.At)}"));
        return lines;
    }
}
