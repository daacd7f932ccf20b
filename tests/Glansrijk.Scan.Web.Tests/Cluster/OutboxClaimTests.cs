using System.Collections.Concurrent;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Glansrijk.Scan.Web.Tests.Cluster;

/// <summary>Every node runs a mail sender; a mail is claimed with one conditional UPDATE before it is sent, so two
/// nodes never send one mail twice, and a mail claimed by a node that died goes out once its claim runs out.</summary>
public sealed class OutboxClaimTests(PostgreSqlServer postgreSql) : IClassFixture<PostgreSqlServer>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Two_nodes_sending_the_same_outbox_deliver_every_mail_exactly_once(DatabaseProvider provider)
    {
        await using var database = await ClusterDatabase.CreateAsync(provider, postgreSql);
        await database.WithAsync(db =>
        {
            db.OutboxMessages.AddRange(Enumerable.Range(1, 30).Select(n => Mail(n, DateTime.UtcNow)));
            return db.SaveChangesAsync();
        });
        var delivered = new ConcurrentBag<string>();
        var transport = new RecordingTransport(delivered);
        var nodes = new[] { Sender(database, transport, TimeProvider.System), Sender(database, transport, TimeProvider.System) };

        await Task.WhenAll(nodes.Select(node => Task.Run(async () =>
        {
            while (await node.SendDueAsync(CancellationToken.None) > 0)
            {
            }
        })));

        Assert.Equal(30, delivered.Count);
        Assert.Equal(30, delivered.Distinct().Count());
        var rows = await database.WithAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.All(rows, m =>
        {
            Assert.Equal(OutboxStatus.Sent, m.Status);
            Assert.Equal(1, m.Attempts);
            Assert.Null(m.ClaimToken);
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_mail_claimed_by_a_node_that_died_is_sent_once_its_claim_has_run_out(DatabaseProvider provider)
    {
        await using var database = await ClusterDatabase.CreateAsync(provider, postgreSql);
        var clock = new MovableClock();
        var now = clock.GetUtcNow().UtcDateTime;
        var mail = Mail(1, now);
        mail.ClaimToken = Guid.NewGuid();
        mail.ClaimedUntil = now.AddMinutes(5);
        await database.WithAsync(db =>
        {
            db.OutboxMessages.Add(mail);
            return db.SaveChangesAsync();
        });
        var delivered = new ConcurrentBag<string>();
        var survivor = Sender(database, new RecordingTransport(delivered), clock);

        var whileClaimed = await survivor.SendDueAsync(CancellationToken.None);
        var stillPending = await database.WithAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        clock.Advance(TimeSpan.FromMinutes(6));
        var afterwards = await survivor.SendDueAsync(CancellationToken.None);

        Assert.Equal(0, whileClaimed);
        Assert.Equal(OutboxStatus.Pending, stillPending.Status);
        Assert.Equal(1, afterwards);
        Assert.Equal(["ontvanger1@regio.nl"], delivered);
        var sent = await database.WithAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Null(sent.ClaimedUntil);
    }

    private static OutboxMessage Mail(int number, DateTime now) => new()
    {
        ToAddress = $"ontvanger{number}@regio.nl",
        Subject = $"Bericht {number}",
        HtmlBody = "<p>Hallo</p>",
        TextBody = "Hallo",
        CreatedAt = now,
        NextAttemptAt = now,
    };

    private static OutboxSender Sender(ClusterDatabase database, IMailTransport transport, TimeProvider time) =>
        new(database.Scopes, transport, new OutboxSignal(), Options.Create(new MailOptions()), time, NullLogger<OutboxSender>.Instance);

    /// <summary>An SMTP server that takes a moment per mail, so the two nodes' batches overlap.</summary>
    private sealed class RecordingTransport(ConcurrentBag<string> delivered) : IMailTransport
    {
        public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await Task.Delay(5, cancellationToken);
            delivered.Add(message.To.Mailboxes.Single().Address);
        }
    }
}
