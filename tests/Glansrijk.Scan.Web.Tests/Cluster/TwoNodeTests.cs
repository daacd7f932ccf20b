using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence.PostgreSql;
using Glansrijk.Scan.Web.Tests.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Glansrijk.Scan.Web.Tests.Cluster;

/// <summary>Two app processes on one PostgreSQL and one Redis, as the compose profile "scale" runs them: twelve
/// tablets spread over both nodes, a screen on each, then one node dies mid-round and its clients go on on the
/// other. Every acknowledged vote counts once, and a mail queued while both run is sent once.</summary>
public sealed class TwoNodeTests(PostgreSqlServer postgreSql, RedisServer redis, ITestOutputHelper output) : IClassFixture<PostgreSqlServer>, IClassFixture<RedisServer>
{
    private const int QueuedMails = 10;

    [Fact]
    public async Task Two_nodes_show_the_same_count_lose_no_vote_when_one_dies_and_send_each_mail_once()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Step(string what) => output.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  {what}");
        await using var mail = await MailDevServer.StartAsync();
        Step("MailDev started");
        var connectionString = await postgreSql.CreateDatabaseAsync();
        LiveRoom room;
        // The room is made through the initiator's forms on an app in this process on the same database, which also
        // applies the PostgreSQL migrations; it is gone before the two nodes start.
        await using (var preparer = new ScanAppFactory(signInPerMinute: 1000)
        {
            Settings = { ["Database:Provider"] = "PostgreSql", ["ConnectionStrings:Scan"] = connectionString },
        })
        {
            room = await LiveRoom.StartAsync(preparer, "twee-nodes@debrug.nl");
        }

        Step("room prepared (migrations, scan, seats, invitations, session started)");

        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Scan"] = connectionString,
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = mail.SmtpPort.ToString(),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:PollInterval"] = "00:00:00.200",
            ["Sessions:MaxCallsPerSecond"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var nodes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => AppNode.StartAsync(new Dictionary<string, string>(settings)
        {
            ["Paths:Data"] = Directory.CreateTempSubdirectory("glansrijk-node-").FullName,
        })));
        await using var nodeA = nodes[0];
        await using var nodeB = nodes[1];
        Step("both nodes answer");
        await QueueMailsAsync(connectionString);

        var cookies = new[] { room.Scenario.InitiatorCookieHeader }.Concat(room.ParticipantCookies).ToArray();
        var onA = cookies.Select((_, i) => i % 2 == 0).ToArray();
        var voters = await Task.WhenAll(cookies.Select((cookie, i) => JoinAsync(onA[i] ? nodeA : nodeB, cookie, room.SessionId)));
        await using var chair = await JoinAsync(nodeA, room.Scenario.InitiatorCookieHeader, room.SessionId);
        var screenCode = (await chair.WaitForAsync(c => c.Chair, _ => true)).ScreenCode;
        var screenA = await ScreenAsync(nodeA, screenCode);
        var screenB = await ScreenAsync(nodeB, screenCode);

        Step("twelve tablets, console and two screens joined");

        // Round 1 with both nodes up: each screen counts the votes cast on either node.
        var first = await OpenRoundAsync(chair);
        var votes = await Task.WhenAll(voters.Select(v => v.VoteAsync(first, "3")));
        Assert.All(votes, v => Assert.True(v.Ok, v.Message));
        var seenOnA = await screenA.WaitForAsync(s => s.Screen, s => s.Round?.RoundId == first && s.Round.Voted == 12);
        var seenOnB = await screenB.WaitForAsync(s => s.Screen, s => s.Round?.RoundId == first && s.Round.Voted == 12);
        Assert.Equal((12, 12), (seenOnA.Round!.Voted, seenOnA.Round.Eligible));
        Assert.Equal((seenOnA.Round.Voted, seenOnA.Round.Eligible), (seenOnB.Round!.Voted, seenOnB.Round.Eligible));
        await RevealAsync(chair, first);
        var resultA = await screenA.WaitForAsync(s => s.Screen, s => s.Round?.RoundId == first && s.Round.Result is not null);
        var resultB = await screenB.WaitForAsync(s => s.Screen, s => s.Round?.RoundId == first && s.Round.Result is not null);
        Assert.Equal(12, resultA.Round!.Result!.Options.Single(o => o.Code == "3").Count);
        Assert.Equal(resultA.Round.Result.Options.Select(o => (o.Code, o.Count)), resultB.Round!.Result!.Options.Select(o => (o.Code, o.Count)));

        Step("round 1 revealed on both screens");

        // The mails queued while both nodes ran have gone out, each once.
        await Eventually.TrueAsync(
            async () => await WithDatabaseAsync(connectionString, db => db.OutboxMessages.CountAsync(m => m.Reference == "twee-nodes" && m.Status == OutboxStatus.Sent)) == QueuedMails,
            "every queued mail marked sent");
        var received = (await mail.AllAsync()).SelectMany(m => m.To).Where(t => t.Address.StartsWith("cluster", StringComparison.Ordinal)).Select(t => t.Address).ToList();
        Assert.Equal(QueuedMails, received.Count);
        Assert.Equal(QueuedMails, received.Distinct().Count());

        Step("queued mails sent once");

        // Round 2: half the room votes, then node B dies while three of its tablets are voting.
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.Next), Guid.NewGuid())).Ok);
        var second = await OpenRoundAsync(chair);
        var commands = cookies.Select(_ => Guid.NewGuid()).ToArray();
        var early = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => voters[i].VoteAsync(second, "2", commands[i])));
        Assert.All(early, v => Assert.True(v.Ok, v.Message));
        var inFlight = new[] { 7, 9, 11 }.Select(i => TryVoteAsync(voters[i], second, commands[i])).ToList();
        await nodeB.KillAsync();
        await Task.WhenAll(inFlight);

        // B's tablets and screen reconnect, to node A, and re-send their vote with the same command id, as the
        // tablets do with a vote whose acknowledgement they did not get (acknowledged ones too: they must not count twice).
        foreach (var i in Enumerable.Range(0, 12).Where(i => !onA[i]))
        {
            await voters[i].DisposeAsync();
            voters[i] = await JoinAsync(nodeA, cookies[i], room.SessionId);
            var resent = await voters[i].VoteAsync(second, "2", commands[i]);
            Assert.True(resent.Ok, resent.Message);
        }

        await screenB.DisposeAsync();
        await using var screenBAgain = await ScreenAsync(nodeA, screenCode);
        var late = await Task.WhenAll(new[] { 6, 8, 10 }.Select(i => voters[i].VoteAsync(second, "2", commands[i])));
        Assert.All(late, v => Assert.True(v.Ok, v.Message));

        var afterwards = await screenBAgain.WaitForAsync(s => s.Screen, s => s.Round?.RoundId == second && s.Round.Voted == 12);
        Assert.Equal(12, afterwards.Round!.Eligible);
        await RevealAsync(chair, second);
        var result = await screenA.WaitForAsync(s => s.Screen, s => s.Round?.RoundId == second && s.Round.Result is not null);
        Assert.Equal(12, result.Round!.Result!.Options.Sum(o => o.Count));
        Assert.Equal(12, result.Round.Result.Options.Single(o => o.Code == "2").Count);

        Step("round 2 revealed after node B died");
        await screenA.DisposeAsync();
        foreach (var voter in voters)
        {
            await voter.DisposeAsync();
        }
    }

    private static async Task<SessionClient> JoinAsync(AppNode node, string cookie, Guid sessionId)
    {
        var client = await SessionClient.ConnectToAsync(node.BaseUrl, cookie);
        var joined = await client.JoinAsync(sessionId);
        Assert.True(joined.Ok, joined.Message);
        return client;
    }

    private static async Task<SessionClient> ScreenAsync(AppNode node, string code)
    {
        var screen = await SessionClient.ConnectToAsync(node.BaseUrl, null);
        var joined = await screen.InvokeAsync(nameof(SessionHub.JoinScreen), code);
        Assert.True(joined.Ok, joined.Message);
        return screen;
    }

    private static async Task<Guid> OpenRoundAsync(SessionClient chair)
    {
        var opened = await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        Assert.True(opened.Ok, opened.Message);
        return (await chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= opened.Version && s.Own.Round is { State: RoundState.Open })).Own.Round!.RoundId;
    }

    private static async Task RevealAsync(SessionClient chair, Guid roundId)
    {
        var closed = await chair.InvokeAsync(nameof(SessionHub.CloseRound), Guid.NewGuid(), roundId);
        Assert.True(closed.Ok, closed.Message);
        var revealed = await chair.InvokeAsync(nameof(SessionHub.Reveal), Guid.NewGuid(), roundId);
        Assert.True(revealed.Ok, revealed.Message);
    }

    /// <summary>A vote sent while its node dies: acknowledged or lost with the connection, either is fine here.</summary>
    private static async Task TryVoteAsync(SessionClient voter, Guid roundId, Guid commandId)
    {
        try
        {
            await voter.VoteAsync(roundId, "2", commandId);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The connection went down with the node; the tablet re-sends after reconnecting.
        }
    }

    private static async Task QueueMailsAsync(string connectionString)
    {
        await using var db = Database(connectionString);
        var now = DateTime.UtcNow;
        db.OutboxMessages.AddRange(Enumerable.Range(1, QueuedMails).Select(n => new OutboxMessage
        {
            ToAddress = $"cluster{n}@regio.nl",
            Subject = $"Bericht {n} terwijl beide nodes draaien",
            HtmlBody = "<p>Hallo</p>",
            TextBody = "Hallo",
            Reference = "twee-nodes",
            CreatedAt = now,
            NextAttemptAt = now,
        }));
        await db.SaveChangesAsync();
    }

    private static async Task<T> WithDatabaseAsync<T>(string connectionString, Func<PostgreSqlScanDbContext, Task<T>> query)
    {
        await using var db = Database(connectionString);
        return await query(db);
    }

    private static PostgreSqlScanDbContext Database(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgreSqlScanDbContext>().UseNpgsql(connectionString).Options);
}
