using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Features.Scans;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>The verbeteragenda of a scan as one page that prints cleanly to PDF, with the Word document, the CSV of
/// actions and the calendar file to download. The initiator and a Beheerder reach it through their account; the
/// participants of the scan through their personal link. Anyone else gets 404, which does not reveal the scan. The
/// indicators' figures are left out for a Beheerder who is not the scan's initiator.</summary>
[Authorize(Policy = AgendaExportServices.ReadPolicy)]
public sealed class AgendaPrintModel(ScanAccess access, ScanDbContext db, IAuthorizationService authorization, IAgendaReportSource source) : PageModel
{
    public AgendaReport? Report { get; private set; }

    public bool ReadByInitiator { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        WithReportAsync(id, _ => Page(), cancellationToken);

    public Task<IActionResult> OnGetWordAsync(Guid id, CancellationToken cancellationToken) =>
        WithReportAsync(id, report => File(AgendaDocument.Write(report), AgendaDocument.ContentType, $"{report.FileStem}.docx"), cancellationToken);

    public Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken) =>
        WithReportAsync(id, report => File(AgendaCsv.Write(report), AgendaCsv.ContentType, $"{report.FileStem}-acties.csv"), cancellationToken);

    public Task<IActionResult> OnGetCalendarAsync(Guid id, CancellationToken cancellationToken) =>
        WithReportAsync(id, report => File(AgendaCalendar.Write(report), AgendaCalendar.ContentType, $"{report.FileStem}.ics"), cancellationToken);

    private async Task<IActionResult> WithReportAsync(Guid id, Func<AgendaReport, IActionResult> result, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge(IdentityConstants.ApplicationScheme);
        }

        if (await ScanOfReaderAsync(id, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        // The participants and the initiator see the indicators' figures; a Beheerder who looks on does not.
        var figures = !ReadByInitiator || Scans.ScanAccess.IsInitiator(scan, User);

        Report = await source.FindAsync(scan, cancellationToken);
        if (Report is not null && !figures)
        {
            Report = Report.WithoutFigures();
        }

        if (Report is null)
        {
            // The page itself explains that there is no agenda yet; the status tells machines the same.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Response.Headers.CacheControl = "no-store";
        return result(Report);
    }

    private async Task<Core.Scans.Scan?> ScanOfReaderAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.Participant() is { } participant && participant.ScanId == id)
        {
            return await db.Scans.AsNoTracking().Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        }

        if ((await authorization.AuthorizeAsync(User, AccountPolicies.Initiator)).Succeeded)
        {
            ReadByInitiator = true;
            return await access.FindAsync(id, User, cancellationToken);
        }

        return null;
    }
}
