using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Charts;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>An indicator as the lists show it (<c>_IndicatorLines</c>, the verbeteragenda and its exports): its
/// standing in words and the small trend chart that the words make complete.</summary>
public sealed record IndicatorLine(IndicatorStanding Standing, string Chart)
{
    public static IndicatorLine Of(Indicator indicator) => new(IndicatorStanding.Of(indicator), IndicatorTrendChart.RenderSmall(indicator));

    public static IReadOnlyList<IndicatorLine> Of(IEnumerable<Indicator> indicators) => [.. indicators.Select(Of)];
}
