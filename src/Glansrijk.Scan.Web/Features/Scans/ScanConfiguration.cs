using Glansrijk.Scan.Core.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>Maps the Core scan aggregate (private setters, read-only collections) onto tables.</summary>
internal sealed class ScanConfiguration : IEntityTypeConfiguration<Core.Scans.Scan>
{
    public void Configure(EntityTypeBuilder<Core.Scans.Scan> builder)
    {
        builder.ToTable("Scans");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.InitiatorAccountId).HasMaxLength(450);
        builder.Property(s => s.SeriesKey).HasMaxLength(120);
        builder.HasIndex(s => s.InitiatorAccountId);
        builder.HasIndex(s => s.SeriesKey);
        // One next-year scan per finished scan: a second submit of the form cannot make a second one.
        builder.HasIndex(s => s.PreviousScanId).IsUnique();
        builder.OwnsOne(s => s.Details, details =>
        {
            details.Property(d => d.Name).HasColumnName("Name").HasMaxLength(120);
            details.Property(d => d.Region).HasColumnName("Region").HasMaxLength(120);
            details.Property(d => d.LabourMarketRegion).HasColumnName("LabourMarketRegion").HasMaxLength(120);
            details.Property(d => d.Year).HasColumnName("Year");
            details.PrimitiveCollection(d => d.InstrumentIds).HasColumnName("InstrumentIds");
        });
        builder.Navigation(s => s.Details).IsRequired();

        builder.HasMany(s => s.Seats).WithOne().HasForeignKey("ScanId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Seats).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_seats");
        builder.HasMany(s => s.Sessions).WithOne().HasForeignKey("ScanId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_sessions");
        builder.Ignore(s => s.ActiveSeats);
        builder.Ignore(s => s.InitiatorSeat);
    }
}

internal sealed class SeatConfiguration : IEntityTypeConfiguration<Seat>
{
    public void Configure(EntityTypeBuilder<Seat> builder)
    {
        builder.ToTable("Seats");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.ComplexProperty(s => s.Person, person =>
        {
            person.Property(p => p.Name).HasColumnName("Name").HasMaxLength(PersonDetails.MaxNameLength);
            person.Property(p => p.Organisation).HasColumnName("Organisation").HasMaxLength(PersonDetails.MaxNameLength);
            person.Property(p => p.Function).HasColumnName("Function").HasMaxLength(PersonDetails.MaxNameLength);
            person.Property(p => p.Email).HasColumnName("Email").HasMaxLength(PersonDetails.MaxEmailLength);
            person.Property(p => p.DomainId).HasColumnName("DomainId").HasMaxLength(40);
        });
        builder.Property(s => s.ResponseMessage).HasMaxLength(1000);
        builder.Ignore(s => s.IsActive);
        builder.Ignore(s => s.AwaitsAnswer);
    }
}

internal sealed class ScanSessionConfiguration : IEntityTypeConfiguration<ScanSession>
{
    public void Configure(EntityTypeBuilder<ScanSession> builder)
    {
        builder.ToTable("ScanSessions");
        builder.HasKey("ScanId", nameof(ScanSession.Number));
        builder.Property(s => s.Number).ValueGeneratedNever();
        builder.ComplexProperty(s => s.Plan, plan =>
        {
            plan.Property(p => p.Date).HasColumnName("Date");
            plan.Property(p => p.Start).HasColumnName("Start");
            plan.Property(p => p.End).HasColumnName("End");
            plan.Property(p => p.Place).HasColumnName("Place").HasMaxLength(200);
            plan.Property(p => p.VideoLink).HasColumnName("VideoLink").HasMaxLength(500);
            plan.Ignore(p => p.StartsAt);
            plan.Ignore(p => p.EndsAt);
        });
        builder.Property(s => s.ChairRotationNote).HasMaxLength(500);
    }
}
