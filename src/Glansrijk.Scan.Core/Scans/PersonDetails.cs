using System.Net.Mail;

namespace Glansrijk.Scan.Core.Scans;

/// <summary>Who sits on a seat. <see cref="DomainId"/> is one of the domains in content/domains.yml.</summary>
public sealed record PersonDetails(string Name, string Organisation, string Function, string Email, string DomainId)
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;

    /// <summary>What is shown in place of the name of someone whose details were removed.</summary>
    public const string FormerParticipant = "Oud-deelnemer";

    /// <summary>The same seat without the person: name, function and e-mail address go; organisation and domain are
    /// about the organisation at the table, not the person, and stay for the record.</summary>
    public PersonDetails Anonymised() => this with { Name = FormerParticipant, Function = "", Email = "" };

    /// <summary>Trims the fields and checks them; throws a <see cref="ScanRuleException"/> naming the first problem.</summary>
    public PersonDetails Normalised(IEnumerable<string> knownDomains)
    {
        var person = new PersonDetails(Name.Trim(), Organisation.Trim(), Function.Trim(), Email.Trim(), DomainId.Trim());
        if (person.Name.Length is 0 or > MaxNameLength)
        {
            throw new ScanRuleException("Vul een naam in van hoogstens 100 tekens.");
        }

        if (person.Organisation.Length is 0 or > MaxNameLength)
        {
            throw new ScanRuleException("Vul een organisatie in van hoogstens 100 tekens.");
        }

        if (person.Function.Length > MaxNameLength)
        {
            throw new ScanRuleException("Gebruik voor de functie hoogstens 100 tekens.");
        }

        if (!IsValidEmail(person.Email))
        {
            throw new ScanRuleException($"'{person.Email}' is geen geldig e-mailadres.");
        }

        if (!knownDomains.Contains(person.DomainId))
        {
            throw new ScanRuleException("Kies een van de zes domeinen.");
        }

        return person;
    }

    public static bool IsValidEmail(string email)
    {
        if (email.Length is 0 or > MaxEmailLength || email.Any(char.IsWhiteSpace) || email.Count(c => c == '@') != 1)
        {
            return false;
        }

        var domain = email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..];
        return MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && domain.Contains('.', StringComparison.Ordinal) &&
               !domain.StartsWith('.') && !domain.EndsWith('.');
    }
}
