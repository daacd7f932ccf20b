namespace Glansrijk.Scan.Web.Features.Privacy;

public enum AccessibilityStatus
{
    /// <summary>"Voldoet gedeeltelijk": the honest default until an independent audit says otherwise.</summary>
    PartiallyCompliant = 0,
    FullyCompliant = 1,
}

/// <summary>The organisation-specific parts of /privacy and /toegankelijkheid (section "Statements"). The defaults
/// say in the page itself that they still have to be filled in, so a missing setting is visible, not hidden.</summary>
public sealed class StatementOptions
{
    public const string Section = "Statements";
    private const string FillIn = "[nog in te vullen:";

    /// <summary>Who decides about the data: the region's organisation that runs the scans (verwerkingsverantwoordelijke).</summary>
    public string Controller { get; set; } = $"{FillIn} naam van de organisatie die de scans laat houden, Statements:Controller]";

    /// <summary>Who runs the installation for the controller (verwerker).</summary>
    public string Processor { get; set; } = $"{FillIn} naam van de organisatie die deze installatie beheert, Statements:Processor]";

    public string ContactEmail { get; set; } = $"{FillIn} e-mailadres voor vragen, Statements:ContactEmail]";

    /// <summary>The controller's data protection officer (functionaris gegevensbescherming), if there is one.</summary>
    public string? DataProtectionOfficerEmail { get; set; }

    /// <summary>The date the statements were last checked, e.g. "2026-12-05".</summary>
    public DateOnly? StatementDate { get; set; }

    public AccessibilityStatus AccessibilityStatus { get; set; } = AccessibilityStatus.PartiallyCompliant;

    /// <summary>How long the controller answers an accessibility complaint or question, in working days.</summary>
    public int AnswerWithinWorkingDays { get; set; } = 5;

    public static bool IsPlaceholder(string? value) => value?.StartsWith(FillIn, StringComparison.Ordinal) == true;

    public string StatementDateText => StatementDate is { } date
        ? date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))
        : $"{FillIn} datum van de laatste controle, Statements:StatementDate]";
}
