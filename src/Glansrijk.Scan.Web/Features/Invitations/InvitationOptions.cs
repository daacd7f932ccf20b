using System.ComponentModel.DataAnnotations;

namespace Glansrijk.Scan.Web.Features.Invitations;

/// <summary>Section "Invitations".</summary>
public sealed class InvitationOptions
{
    public const string Section = "Invitations";

    /// <summary>Those who did not answer get one reminder this many days after their (last) invitation.</summary>
    [Range(1, 60)]
    public int ReminderAfterDays { get; set; } = 7;

    /// <summary>A scan is "klaar voor sessie 1" when this many people accepted and session 1 has a chair.</summary>
    [Range(1, 12)]
    public int MinimumAcceptedForSession1 { get; set; } = 8;

    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromMinutes(30);
}
