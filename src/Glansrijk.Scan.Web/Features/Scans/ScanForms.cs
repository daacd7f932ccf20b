using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>The fields of a scan and its two sessions, as typed into the create and edit forms.</summary>
public sealed class ScanInput
{
    [Required(ErrorMessage = "Geef de scan een naam."), StringLength(120, ErrorMessage = "Gebruik hoogstens 120 tekens.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Vul de regio in."), StringLength(120, ErrorMessage = "Gebruik hoogstens 120 tekens.")]
    public string Region { get; set; } = "";

    [StringLength(120, ErrorMessage = "Gebruik hoogstens 120 tekens.")]
    public string? LabourMarketRegion { get; set; }

    [Required(ErrorMessage = "Vul een jaar in, zoals 2027."), Range(ScanDetails.FirstYear, 2100, ErrorMessage = "Vul een jaar in, zoals 2027.")]
    public int Year { get; set; } = DateTime.Today.Year + (DateTime.Today.Month >= 9 ? 1 : 0);

    public List<string> Instruments { get; set; } = [];

    public SessionInput Session1 { get; set; } = new();

    public SessionInput Session2 { get; set; } = new();

    /// <summary>An empty <c>Input.Instruments=</c> binds as a null entry; it means "none chosen", which the scan's rules
    /// answer with a Dutch message.</summary>
    public ScanDetails ToDetails() => new(Name, Region, LabourMarketRegion, Year, [.. Instruments.Where(i => !string.IsNullOrWhiteSpace(i))]);

    public static ScanInput From(Core.Scans.Scan scan) => new()
    {
        Name = scan.Details.Name,
        Region = scan.Details.Region,
        LabourMarketRegion = scan.Details.LabourMarketRegion,
        Year = scan.Details.Year,
        Instruments = [.. scan.Details.InstrumentIds],
        Session1 = SessionInput.From(scan.Session(1).Plan),
        Session2 = SessionInput.From(scan.Session(2).Plan),
    };

    /// <summary>The form for next year's scan: the same region, arbeidsmarktregio and instruments, the year after, the
    /// year in the name moved along, and the sessions still to plan.</summary>
    public static ScanInput NextYearOf(Core.Scans.Scan scan)
    {
        var year = scan.Details.Year + 1;
        var lastYear = scan.Details.Year.ToString(CultureInfo.InvariantCulture);
        var name = scan.Details.Name.Contains(lastYear, StringComparison.Ordinal)
            ? scan.Details.Name.Replace(lastYear, year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : scan.Details.Name;
        return new()
        {
            Name = name,
            Region = scan.Details.Region,
            LabourMarketRegion = scan.Details.LabourMarketRegion,
            Year = year,
            Instruments = [.. scan.Details.InstrumentIds],
            Session1 = new SessionInput(),
            Session2 = new SessionInput(),
        };
    }
}

public sealed class SessionInput
{
    [Required(ErrorMessage = "Vul een datum in.")]
    public string Date { get; set; } = "";

    [Required(ErrorMessage = "Vul een begintijd in.")]
    public string Start { get; set; } = "13:00";

    [Required(ErrorMessage = "Vul een eindtijd in.")]
    public string End { get; set; } = "16:00";

    [StringLength(200, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
    public string? Place { get; set; }

    [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")]
    public string? VideoLink { get; set; }

    /// <summary>Parses the date and times; a field that cannot be read gets a Dutch message and null is returned.</summary>
    public SessionPlan? ToPlan(ModelStateDictionary modelState, string prefix)
    {
        var date = DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var start = TimeOnly.TryParseExact(Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var s) ? s : (TimeOnly?)null;
        var end = TimeOnly.TryParseExact(End, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) ? e : (TimeOnly?)null;
        if (date is null && !string.IsNullOrEmpty(Date))
        {
            modelState.AddModelError($"{prefix}.Date", "Vul een geldige datum in.");
        }

        if (start is null && !string.IsNullOrEmpty(Start))
        {
            modelState.AddModelError($"{prefix}.Start", "Vul een tijd in als 13:00.");
        }

        if (end is null && !string.IsNullOrEmpty(End))
        {
            modelState.AddModelError($"{prefix}.End", "Vul een tijd in als 16:00.");
        }

        return date is { } day && start is { } from && end is { } to ? new SessionPlan(day, from, to, Place, VideoLink) : null;
    }

    public static SessionInput From(SessionPlan plan) => new()
    {
        Date = plan.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Start = plan.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        End = plan.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        Place = plan.Place,
        VideoLink = plan.VideoLink,
    };
}

/// <summary>A person on a seat, as typed into the participant forms.</summary>
public sealed class PersonInput
{
    [Required(ErrorMessage = "Vul de naam in."), StringLength(PersonDetails.MaxNameLength, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Vul de organisatie in."), StringLength(PersonDetails.MaxNameLength, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
    public string Organisation { get; set; } = "";

    [StringLength(PersonDetails.MaxNameLength, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
    public string? Function { get; set; }

    [Required(ErrorMessage = "Vul het e-mailadres in.")]
    [StringLength(PersonDetails.MaxEmailLength, ErrorMessage = "Dit e-mailadres is te lang.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Kies een domein.")]
    public string DomainId { get; set; } = "";

    public PersonDetails ToDetails() => new(Name, Organisation, Function ?? "", Email, DomainId);

    public static PersonInput From(PersonDetails person) => new()
    {
        Name = person.Name,
        Organisation = person.Organisation,
        Function = person.Function,
        Email = person.Email,
        DomainId = person.DomainId,
    };
}

public static class ScanFormChoices
{
    public static IEnumerable<SelectListItem> Domains(ContentCatalog content) =>
        content.Domains.Select(d => new SelectListItem(d.Name, d.Id));
}
