using Microsoft.AspNetCore.Identity;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Identity's error messages in plain Dutch, because they are shown at the form field.</summary>
public sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Het wachtwoord klopt niet.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Dit is geen geldig e-mailadres.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Dit is geen geldig e-mailadres.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Er bestaat al een account met dit e-mailadres.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Er bestaat al een account met dit e-mailadres.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Kies een wachtwoord van minstens {length} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Gebruik minstens {uniqueChars} verschillende tekens.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Blokkeren is voor dit account niet ingeschakeld.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Dit account heeft de rol {role} al.");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"Dit account heeft de rol {role} niet.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Iemand anders heeft dit account net gewijzigd. Laad de pagina opnieuw.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
