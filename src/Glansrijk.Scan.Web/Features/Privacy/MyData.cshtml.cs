using Glansrijk.Scan.Web.Features.Invitations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Privacy;

/// <summary>Inzage: a participant downloads what the app holds about them, as JSON or CSV. The participant cookie
/// names the seat, so nobody can ask for someone else's data.</summary>
[Authorize(Policy = ParticipantAuthentication.Policy)]
public sealed class MyDataModel(PersonalDataExport export) : PageModel
{
    public PersonalData Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? File(Data.ToJson(), "application/json", "mijn-gegevens.json") : Forbid();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? File(Data.ToCsv(), "text/csv; charset=utf-8", "mijn-gegevens.csv") : Forbid();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (User.Participant() is not { } participant || await export.ForAsync(participant.ScanId, participant.SeatId, cancellationToken) is not { } data)
        {
            return false;
        }

        Data = data;
        return true;
    }
}
