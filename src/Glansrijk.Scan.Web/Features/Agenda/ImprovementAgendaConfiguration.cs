using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>Maps the Core verbeteragenda onto tables: one agenda per scan, everything it holds as owned rows.
/// <see cref="ImprovementAgenda.Version"/> is the concurrency token, as for the live session. Lists get a database
/// key of their own (<see cref="RowId"/>) next to the domain's id.</summary>
internal sealed class ImprovementAgendaConfiguration : IEntityTypeConfiguration<ImprovementAgenda>
{
    /// <summary>The database key of a part kept in a list: rows come back in the order they were added, which is the
    /// order the domain keeps (the history, the agenda order), and a part the domain replaces becomes a new row.</summary>
    public const string RowId = "RowId";

    public const int IdLength = 80;
    public const int TextLength = 4000;
    public const int NameLength = 300;

    public void Configure(EntityTypeBuilder<ImprovementAgenda> builder)
    {
        builder.ToTable("ImprovementAgendas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.ScanId).IsUnique();
        builder.HasOne<Core.Scans.Scan>().WithMany().HasForeignKey(a => a.ScanId).OnDelete(DeleteBehavior.Cascade);

        builder.PrimitiveCollection(a => a.NormIds).HasField("_normIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(a => a.ProposedFocusNormIds).HasField("_proposedFocusNormIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(a => a.ParticipantSeatIds).HasField("_participantSeatIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsOne(a => a.ProcessAgreements, agreements =>
        {
            agreements.Property(p => p.MeetingFrequency).HasColumnName("MeetingFrequency").HasMaxLength(TextLength);
            agreements.Property(p => p.Platform).HasColumnName("Platform").HasMaxLength(TextLength);
            agreements.Property(p => p.Reporting).HasColumnName("Reporting").HasMaxLength(TextLength);
            agreements.Property(p => p.Celebrating).HasColumnName("Celebrating").HasMaxLength(TextLength);
        });

        builder.OwnsMany(a => a.FocusNorms, focus =>
        {
            focus.ToTable("AgendaFocusNorms");
            focus.WithOwner().HasForeignKey("AgendaId");
            focus.Property<int>(RowId);
            focus.HasKey(RowId);
            focus.Property(f => f.NormId).HasMaxLength(IdLength);
        });
        builder.Navigation(a => a.FocusNorms).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_focusNorms");

        builder.OwnsMany(a => a.Proposals, proposal =>
        {
            proposal.ToTable("AgendaProposals");
            proposal.WithOwner().HasForeignKey("AgendaId");
            proposal.Property<int>(RowId);
            proposal.HasKey(RowId);
            proposal.HasIndex(p => p.Id).IsUnique();
            proposal.Property(p => p.NormId).HasMaxLength(IdLength);
            proposal.Property(p => p.Text).HasMaxLength(TextLength);
        });
        builder.Navigation(a => a.Proposals).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_proposals");

        builder.OwnsMany(a => a.Actions, action =>
        {
            action.ToTable("AgendaActions");
            action.WithOwner().HasForeignKey("AgendaId");
            action.Property<int>(RowId);
            action.HasKey(RowId);
            action.HasIndex(a => a.Id).IsUnique();
            action.Property(a => a.NormId).HasMaxLength(IdLength);
            action.Property(a => a.Title).HasMaxLength(NameLength);
            action.Property(a => a.ForYoungPeople).HasMaxLength(TextLength);
            action.Property(a => a.ResultIndicator).HasMaxLength(TextLength);
            action.Property(a => a.DroppedReason).HasMaxLength(AgendaAction.MaxNoteLength);
            action.PrimitiveCollection(a => a.Organisations).HasField("_organisations").UsePropertyAccessMode(PropertyAccessMode.Field);
            action.HasIndex(a => a.OwnerSeatId);
            action.OwnsMany(a => a.History, update =>
            {
                update.ToTable("AgendaActionUpdates");
                update.WithOwner().HasForeignKey("ActionRowId");
                update.Property<int>(RowId);
                update.HasKey(RowId);
                update.HasIndex(u => u.Id).IsUnique();
                update.Property(u => u.Note).HasMaxLength(AgendaAction.MaxNoteLength);
            });
            action.Navigation(a => a.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");
            action.OwnsMany(a => a.Indicators, IndicatorConfiguration.Configure);
            action.Navigation(a => a.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_indicators");
            action.Ignore(a => a.IsOwnerConfirmed);
            action.Ignore(a => a.IsFinished);
            action.Ignore(a => a.LastUpdate);
            action.Ignore(a => a.NextStatuses);
        });
        builder.Navigation(a => a.Actions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_actions");

        builder.OwnsMany(a => a.InternalApprovals, approval =>
        {
            approval.ToTable("AgendaInternalApprovals");
            approval.WithOwner().HasForeignKey("AgendaId");
            approval.Property<int>(RowId);
            approval.HasKey(RowId);
            approval.HasIndex(a => a.Id).IsUnique();
            approval.Property(a => a.Organisation).HasMaxLength(NameLength);
            approval.Property(a => a.Body).HasMaxLength(NameLength);
        });
        builder.Navigation(a => a.InternalApprovals).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_internalApprovals");

        builder.OwnsMany(a => a.ExternalInvitations, invitation =>
        {
            invitation.ToTable("AgendaExternalInvitations");
            invitation.WithOwner().HasForeignKey("AgendaId");
            invitation.Property<int>(RowId);
            invitation.HasKey(RowId);
            invitation.HasIndex(i => i.Id).IsUnique();
            invitation.Property(i => i.Organisation).HasMaxLength(NameLength);
        });
        builder.Navigation(a => a.ExternalInvitations).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_externalInvitations");

        builder.OwnsMany(a => a.Confirmations, confirmation =>
        {
            confirmation.ToTable("AgendaConfirmations");
            confirmation.WithOwner().HasForeignKey("AgendaId");
            confirmation.HasKey("AgendaId", nameof(Confirmation.SeatId));
            confirmation.Property(c => c.Reason).HasMaxLength(TextLength);
        });
        builder.Navigation(a => a.Confirmations).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_confirmations");

        builder.OwnsMany(a => a.LeftOut, leftOut =>
        {
            leftOut.ToTable("AgendaLeftOut");
            leftOut.WithOwner().HasForeignKey("AgendaId");
            leftOut.HasKey("AgendaId", nameof(LeftOutSeat.SeatId));
            leftOut.Property(l => l.Reason).HasMaxLength(LeftOutSeat.MaxReasonLength);
        });
        builder.Navigation(a => a.LeftOut).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_leftOut");

        builder.OwnsMany(a => a.HandledCommands, command =>
        {
            command.ToTable("AgendaHandledCommands");
            command.WithOwner().HasForeignKey("AgendaId");
            command.HasKey("AgendaId", nameof(HandledCommand.CommandId));
        });
        builder.Navigation(a => a.HandledCommands).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_handledCommands");

        builder.Ignore(a => a.IsClosed);
        builder.Ignore(a => a.IsFocusConfirmed);
        builder.Ignore(a => a.ConfirmationsInWords);
    }
}

/// <summary>Maps the prioritising of session 1: points per participant per norm, one prioritisation per scan.
/// A seat's distribution is replaced as a whole, so its rows carry a database key of their own.</summary>
internal sealed class PrioritisationConfiguration : IEntityTypeConfiguration<Prioritisation>
{
    public void Configure(EntityTypeBuilder<Prioritisation> builder)
    {
        builder.ToTable("Prioritisations");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.ScanId).IsUnique();
        builder.HasOne<Core.Scans.Scan>().WithMany().HasForeignKey(p => p.ScanId).OnDelete(DeleteBehavior.Cascade);

        builder.PrimitiveCollection(p => p.NormIds).HasField("_normIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(p => p.ParticipantSeatIds).HasField("_participantSeatIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Allocations, allocation =>
        {
            allocation.ToTable("PointAllocations");
            allocation.WithOwner().HasForeignKey("PrioritisationId");
            allocation.Property<int>(ImprovementAgendaConfiguration.RowId);
            allocation.HasKey(ImprovementAgendaConfiguration.RowId);
            allocation.Property(a => a.NormId).HasMaxLength(ImprovementAgendaConfiguration.IdLength);
            allocation.HasIndex("PrioritisationId", nameof(PointAllocation.SeatId));
        });
        builder.Navigation(p => p.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_allocations");

        builder.OwnsMany(p => p.HandledCommands, command =>
        {
            command.ToTable("PrioritisationHandledCommands");
            command.WithOwner().HasForeignKey("PrioritisationId");
            command.HasKey("PrioritisationId", nameof(HandledCommand.CommandId));
        });
        builder.Navigation(p => p.HandledCommands).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_handledCommands");

        builder.Ignore(p => p.IsClosed);
        builder.Ignore(p => p.SeatsDistributed);
        builder.Ignore(p => p.ProgressInWords);
    }
}
