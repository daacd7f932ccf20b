using System.Net;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Scans;

/// <summary>Last year's scan and next year's, for the tests of the series: a finished scan of 2025 (its sessions lie
/// in the past) with three participants, and the steps to start 2026 from it and to score norms in a live session.</summary>
internal static class ScanYears
{
    public static Dictionary<string, string> LastYearForm(string region = "Drechtsteden") =>
        ScanScenario.ScanForm(region, 2025, "2025-02-10", "2025-02-24");

    /// <summary>The next-year form as the page prefills it, with the sessions filled in.</summary>
    public static Dictionary<string, string> NextYearForm(Guid from, string region = "Drechtsteden", int year = 2026)
    {
        var form = ScanScenario.ScanForm(region, year, $"{year + 1}-02-10", $"{year + 1}-02-24");
        form["vanuit"] = from.ToString();
        return form;
    }

    /// <summary>A finished scan of 2025 with deelnemer 1 … 3 invited.</summary>
    public static async Task<Guid> FinishedScanAsync(ScanScenario scenario, string region = "Drechtsteden")
    {
        var scanId = await scenario.CreateScanAsync(LastYearForm(region));
        await scenario.AddSeatsAsync(scanId, 3);
        await scenario.SendInvitationsAsync(scanId);
        return scanId;
    }

    public static async Task<Guid> StartNextYearAsync(ScanScenario scenario, Guid from, string region = "Drechtsteden")
    {
        var response = await scenario.Initiator.PostFormAsync("/scans/nieuw", NextYearForm(from, region), $"/scans/nieuw?vanuit={from}");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.TextAsync());
        return Guid.Parse(response.Headers.Location!.ToString()["/scans/".Length..]);
    }

    public static IReadOnlyList<string> NormIds(ScanAppFactory app) =>
        [.. app.Services.GetRequiredService<ContentCatalog>().FindInstrument("kwaliteitsnormen")!.Items.Select(i => i.Id)];

    /// <summary>Starts session 1 (the initiator chairs) and has every seat give the same answer on the first norms, one
    /// answer per norm, each round revealed.</summary>
    public static async Task ScoreSession1Async(ScanScenario scenario, Guid scanId, params string[] answers)
    {
        var sessions = scenario.App.Services.GetRequiredService<LiveSessionService>();
        var steering = scenario.App.Services.GetRequiredService<LiveSteering>();
        var votes = scenario.App.Services.GetRequiredService<LiveVotes>();
        var started = await sessions.StartAsync(scanId, 1, CancellationToken.None);
        Assert.True(started.Ok, started.Message);
        var sessionId = started.SessionId!.Value;
        var scan = await scenario.LoadScanAsync(scanId);
        var chair = scan.InitiatorSeat.Id;
        var voters = scan.ActiveSeats.Select(s => s.Id).ToList();
        for (var i = 0; i < answers.Length; i++)
        {
            if (i > 0)
            {
                await SteerAsync(steering, sessionId, SteeringAsk.Session, (f, _) => SessionRules.Next(f.Head, chair));
            }

            await SteerAsync(steering, sessionId, SteeringAsk.Session, (f, now) => SessionRules.OpenRound(f.Head, chair, now));
            var roundId = (await sessions.FindAsync(sessionId, CancellationToken.None))!.CurrentRound!.Id;
            foreach (var voter in voters)
            {
                var voted = await votes.CastAsync(new CastVote(sessionId, voter, null, Guid.NewGuid(), roundId, answers[i], null), CancellationToken.None);
                Assert.True(voted.Ok, voted.Message);
            }

            var round = new SteeringAsk(RoundId: roundId);
            await SteerAsync(steering, sessionId, round, (f, _) => SessionRules.CloseRound(f.Head, chair, f.Named));
            await SteerAsync(steering, sessionId, round, (f, _) => SessionRules.RevealRound(f.Head, chair, f.Named));
        }
    }

    /// <summary>A steering command on the engine's own path, as the hub runs it.</summary>
    public static async Task SteerAsync(LiveSteering steering, Guid sessionId, SteeringAsk ask, Func<SteeringFacts, DateTime, SessionStep> rule)
    {
        var steered = await steering.RunAsync(sessionId, Guid.NewGuid(), ask, rule, CancellationToken.None);
        Assert.True(steered.Result.Ok, steered.Result.Message);
    }
}
