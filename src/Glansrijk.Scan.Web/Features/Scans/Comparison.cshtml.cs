using System.Globalization;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Web.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>This year next to last year: per norm instrument the comparison chart and the same figures in a table, for
/// the initiator (or a Beheerder) of this year's scan; and, for the initiator, last year's indicators: the target
/// against what was reached.</summary>
public sealed class ComparisonModel(ScanAccess access, YearOverYear yearOverYear, Agenda.ActionFollowUp followUp) : PageModel
{
    /// <summary>Last year's indicators with the action they belong to: their target against what was reached. Empty
    /// when last year had no agenda or no indicators, and for a Beheerder who is not the initiator (a scan's figures
    /// are not theirs to see).</summary>
    public IReadOnlyList<(string Action, string Norm, IndicatorStanding Standing)> LastYearIndicators { get; private set; } = [];

    public Core.Scans.Scan Scan { get; private set; } = null!;
    public YearOverYearResult? Result { get; private set; }

    /// <summary>Per norm instrument of this year's or last year's scan: its chart and its rows.</summary>
    public IReadOnlyList<InstrumentComparison> Instruments { get; private set; } = [];

    public sealed record InstrumentComparison(Instrument Instrument, string ChartSvg, IReadOnlyList<NormComparison> Norms)
    {
        public string NameOf(string normId) => Instrument.Find(normId) is { } item ? $"{item.Number}. {item.Title}" : normId;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        Scan = scan;
        Result = await yearOverYear.CompareAsync(id, cancellationToken);
        if (Result is { } result)
        {
            var instruments = yearOverYear.NormInstrumentsOf(result.ThisYear)
                .UnionBy(yearOverYear.NormInstrumentsOf(result.LastYear), i => i.Id);
            Instruments = [.. instruments
                .Select(i => (Instrument: i, Norms: result.Norms.Where(n => i.Find(n.NormId) is not null).ToList()))
                .Where(x => x.Norms.Count > 0)
                .Select(x => new InstrumentComparison(x.Instrument, YearComparisonChart.Render(x.Norms, x.Instrument.Items, x.Instrument.Scale), x.Norms))];
            if (ScanAccess.IsInitiator(scan, User) && await followUp.LoadAsync(result.LastYear.Id, cancellationToken) is { } lastYear)
            {
                LastYearIndicators = [.. lastYear.Agenda.Actions.OrderBy(a => a.Position)
                    .SelectMany(a => a.Indicators.Select(i => (a.Title, lastYear.NormTitle(a.NormId), IndicatorStanding.Of(i))))];
            }
        }

        return Page();
    }

    /// <summary>The median as a number, with the answer it stands for when it falls on one: "3 (Grotendeels)".</summary>
    public static string Median(NormResult? result, Scale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (result is null)
        {
            return "niet gescand";
        }

        if (result.Median is not { } median)
        {
            return "geen uitslag";
        }

        return scale.CountedOptions.FirstOrDefault(o => o.Score == median) is { } option
            ? $"{Number(median)} ({option.Label})"
            : Number(median);
    }

    /// <summary>The change in words, with the difference of the medians when there is one: "beter (+0,5)".</summary>
    public static string Change(NormComparison comparison) =>
        comparison.MedianChange is { } change && change != 0
            ? $"{comparison.ChangeInWords} ({(change > 0 ? "+" : "−")}{Number(Math.Abs(change))})"
            : comparison.ChangeInWords;

    private static string Number(double value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.GetCultureInfo("nl-NL"));
}
