using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Invitations;

/// <summary>The link a mail to a participant carries: a fresh personal link that signs them in and then leads to the
/// page the mail is about. The link is added to the caller's unit of work, so it is stored together with the mail
/// (or not at all).</summary>
public sealed class PersonalLinks(ScanDbContext db, IOptions<AppOptions> app)
{
    /// <param name="destination">One of the places <see cref="OpenLinkModel"/> knows ("acties", "sessie-1",
    /// "verbeteragenda"); anything else leads to the participant's own page.</param>
    public string Issue(Guid scanId, Seat seat, string destination, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(seat);
        var (link, token) = ParticipantLink.Create(scanId, seat.Id, seat.Occupancy, now);
        db.ParticipantLinks.Add(link);
        return app.Value.Link($"deelnemer/{token}?naar={Uri.EscapeDataString(destination)}");
    }
}
