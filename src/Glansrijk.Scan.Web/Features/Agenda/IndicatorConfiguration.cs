using Glansrijk.Scan.Core.Agenda;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>Maps an action's indicators and their measurements as owned rows of the agenda, so they are stored with
/// the same load/run/save and the same version check as every other agenda command.</summary>
internal static class IndicatorConfiguration
{
    public const int PeriodLength = 10;

    public static void Configure(OwnedNavigationBuilder<AgendaAction, Indicator> indicator)
    {
        indicator.ToTable("AgendaIndicators");
        indicator.WithOwner().HasForeignKey("ActionRowId");
        indicator.Property<int>(ImprovementAgendaConfiguration.RowId);
        indicator.HasKey(ImprovementAgendaConfiguration.RowId);
        indicator.HasIndex(i => i.Id).IsUnique();
        indicator.Property(i => i.Name).HasMaxLength(Indicator.MaxNameLength);
        indicator.Property(i => i.WhatIsCounted).HasMaxLength(Indicator.MaxTextLength);
        indicator.Property(i => i.Source).HasMaxLength(Indicator.MaxNameLength);
        indicator.Property(i => i.ResponsibleOrganisation).HasMaxLength(Indicator.MaxNameLength);
        indicator.Property(i => i.TemplateId).HasMaxLength(ImprovementAgendaConfiguration.IdLength);
        indicator.OwnsMany(i => i.Measurements, measurement =>
        {
            measurement.ToTable("IndicatorMeasurements");
            measurement.WithOwner().HasForeignKey("IndicatorRowId");
            measurement.Property<int>(ImprovementAgendaConfiguration.RowId);
            measurement.HasKey(ImprovementAgendaConfiguration.RowId);
            measurement.HasIndex(m => m.Id).IsUnique();
            measurement.Property(m => m.Period).HasMaxLength(PeriodLength);
            measurement.Property(m => m.Note).HasMaxLength(Indicator.MaxTextLength);
        });
        indicator.Navigation(i => i.Measurements).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_measurements");
        indicator.Ignore(i => i.Details);
        indicator.Ignore(i => i.Current);
        indicator.Ignore(i => i.Latest);
        indicator.Ignore(i => i.FirstPeriod);
        indicator.Ignore(i => i.Status);
    }
}
