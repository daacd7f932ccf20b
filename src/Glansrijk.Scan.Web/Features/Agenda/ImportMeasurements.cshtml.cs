using System.Text;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Features.Scans;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>The initiator reads measurements from a CSV file: upload, see every row (or every problem with its line),
/// then import. Nothing is kept while any row is wrong; the same file twice adds nothing the second time (the file's
/// hash is the command id, and a row equal to what is stored changes nothing). Only the scan's initiator: a Beheerder
/// gets 404, as for every page with a scan's figures.</summary>
public sealed class ImportMeasurementsModel(ActionFollowUp followUp, ImprovementAgendaService agendas, ScanAccess access, TimeProvider time) : PageModel
{
    public FollowUpScope? Scope { get; private set; }
    public CsvReading? Reading { get; private set; }

    /// <summary>The checked file, carried to the confirming post so the import is exactly what was previewed.</summary>
    public string? CheckedFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>A file to fill in, with a row per indicator for the period that is due.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Scope is null)
        {
            return NotFound();
        }

        var csv = MeasurementCsv.Template(Scope.Agenda, Today);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", "metingen.csv");
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Scope is null || file is null || file.Length == 0)
        {
            ModelState.AddModelError("", "Kies een CSV-bestand met metingen.");
            return Page();
        }

        if (file.Length > MeasurementCsv.MaxBytes)
        {
            ModelState.AddModelError("", "Het bestand is groter dan 1 MB. Lees de metingen in delen in.");
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        Reading = MeasurementCsv.Read(bytes, Scope.Agenda, time.GetUtcNow().UtcDateTime);
        CheckedFile = Reading.IsValid ? Convert.ToBase64String(bytes) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(Guid id, string? content, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (Scope is null || bytes.Length == 0)
        {
            ModelState.AddModelError("", "Lees het bestand eerst in om de metingen te controleren.");
            return Page();
        }

        var reading = MeasurementCsv.Read(bytes, Scope.Agenda, time.GetUtcNow().UtcDateTime);
        if (!reading.IsValid)
        {
            Reading = reading;
            return Page();
        }

        var actor = Scope.Agenda.InitiatorSeatId;
        var rows = reading.Rows.Select(r => new MeasurementImportRow(r.Indicator.Id, r.Period.Label, r.Value, r.Note)).ToList();
        var result = await agendas.ApplyAsync(
            Scope.Agenda.Id, (agenda, now) => agenda.ImportMeasurements(actor, rows, MeasurementCsv.CommandIdOf(bytes), now), cancellationToken);
        if (!result.Ok)
        {
            ModelState.AddModelError("", result.Message ?? "Het inlezen lukte niet.");
            return Page();
        }

        var added = reading.Rows.Count(r => r.Changes);
        TempData["Notice"] = added == 0
            ? "Er was niets nieuws in dit bestand: alle metingen stonden er al."
            : $"{added} {(added == 1 ? "meting is" : "metingen zijn")} ingelezen.";
        return Redirect($"/scans/{id}/monitor");
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.ToDutchTime());

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindWithFiguresAsync(id, User, cancellationToken) is null)
        {
            return false;
        }

        Scope = await followUp.LoadAsync(id, cancellationToken);
        return true;
    }
}
