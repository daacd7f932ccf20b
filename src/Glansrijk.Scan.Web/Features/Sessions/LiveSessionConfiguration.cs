using Glansrijk.Scan.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Maps the Core live-session aggregate onto tables. <see cref="LiveSession.Version"/> is the concurrency
/// token: two processes (or two racing commands) that load the same version cannot both save.</summary>
internal sealed class LiveSessionConfiguration : IEntityTypeConfiguration<LiveSession>
{
    public void Configure(EntityTypeBuilder<LiveSession> builder)
    {
        builder.ToTable("LiveSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Code).HasMaxLength(ScreenCode.Length);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.ScanId, s.Kind, s.SessionNumber }).IsUnique();
        builder.HasIndex(s => s.Code).IsUnique();

        builder.OwnsMany(s => s.Seats, seat =>
        {
            seat.ToTable("LiveSessionSeats");
            seat.WithOwner().HasForeignKey("LiveSessionId");
            seat.HasKey("LiveSessionId", nameof(SessionSeat.SeatId));
            seat.Property(s => s.Name).HasMaxLength(200);
            seat.Property(s => s.DomainId).HasMaxLength(40);
        });
        builder.Navigation(s => s.Seats).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_seats");

        builder.OwnsMany(s => s.Agenda, entry =>
        {
            entry.ToTable("LiveSessionAgenda");
            entry.WithOwner().HasForeignKey("LiveSessionId");
            entry.HasKey("LiveSessionId", nameof(AgendaEntry.Position));
            entry.Property(e => e.Position).ValueGeneratedNever();
            entry.Property(e => e.InstrumentId).HasMaxLength(80);
            entry.Property(e => e.ItemId).HasMaxLength(80);
            entry.Property(e => e.ScaleId).HasMaxLength(80);
            entry.PrimitiveCollection(e => e.OptionCodes).HasField("_optionCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(s => s.Agenda).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_agenda");

        builder.OwnsMany(s => s.Rounds, round =>
        {
            round.ToTable("VotingRounds");
            round.WithOwner().HasForeignKey("LiveSessionId");
            round.HasKey(r => r.Id);
            round.Property(r => r.Id).ValueGeneratedNever();
            round.Property(r => r.ItemId).HasMaxLength(80);
            round.Ignore(r => r.IsRevote);

            // A vote finds the round on the screen as the latest round of the current item, in one index seek.
            round.HasIndex("LiveSessionId", nameof(VotingRound.ItemId), nameof(VotingRound.Number));
            round.OwnsMany(r => r.Votes, vote =>
            {
                vote.ToTable("Votes");
                vote.WithOwner().HasForeignKey("RoundId");
                vote.HasKey("RoundId", nameof(Vote.SeatId));
                vote.Property(v => v.OptionCode).HasMaxLength(40);
                vote.Property(v => v.Comment).HasMaxLength(Vote.MaxCommentLength);
            });
            round.Navigation(r => r.Votes).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_votes");
        });
        builder.Navigation(s => s.Rounds).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_rounds");

        builder.OwnsMany(s => s.ImprovementPoints, point =>
        {
            point.ToTable("ImprovementPoints");
            point.WithOwner().HasForeignKey("LiveSessionId");
            point.HasKey(p => p.Id);
            point.Property(p => p.Id).ValueGeneratedNever();
            point.Property(p => p.ItemId).HasMaxLength(80);
            point.Property(p => p.Text).HasMaxLength(ImprovementPoint.MaxTextLength);
        });
        builder.Navigation(s => s.ImprovementPoints).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_improvementPoints");

        // The log and the handled command ids grow with every command (a whole session 1 has ≈ 830 handled ids) and are
        // written row by row (LiveSteering, SessionRow), so loading a session for its states leaves them out. The log
        // is read only to redact a name: a plain relation, not owned; Include(s => s.Log) where it is needed. The
        // handled ids are the engine's own rows (SessionCommandClaim); the aggregate's in-memory list is not mapped.
        builder.HasMany(s => s.Log).WithOne().HasForeignKey("LiveSessionId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Log).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_log");

        builder.Ignore(s => s.HandledCommands);

        builder.Ignore(s => s.IsEnded);
        builder.Ignore(s => s.PresentSeatIds);
        builder.Ignore(s => s.Attendance);
        builder.Ignore(s => s.Current);
        builder.Ignore(s => s.CurrentRound);
        builder.Ignore(s => s.Head);
    }
}

internal sealed class SessionLogEntryConfiguration : IEntityTypeConfiguration<SessionLogEntry>
{
    public void Configure(EntityTypeBuilder<SessionLogEntry> builder)
    {
        builder.ToTable("LiveSessionLog");
        builder.Property<int>("Id");
        builder.HasKey("Id");
        builder.Property(e => e.Text).HasMaxLength(1000);
    }
}

/// <summary>A command id a live session has handled, with the version it produced: claimed by the command's own
/// transaction (<see cref="SessionRow.ClaimCommandAsync"/>), so a command a client sends again is a no-op.</summary>
public sealed record SessionCommandClaim(Guid LiveSessionId, Guid CommandId, long Version, DateTime At);

internal sealed class SessionCommandClaimConfiguration : IEntityTypeConfiguration<SessionCommandClaim>
{
    public void Configure(EntityTypeBuilder<SessionCommandClaim> builder)
    {
        builder.ToTable("HandledCommands");
        builder.HasKey(c => new { c.LiveSessionId, c.CommandId });
        builder.HasOne<LiveSession>().WithMany().HasForeignKey(c => c.LiveSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
