namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Security events for the log. Never a password, token or link: only account ids, paths and outcomes.</summary>
public static partial class AccountLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Sign-in succeeded for account {AccountId}")]
    public static partial void SignInSucceeded(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Sign-in failed for account {AccountId}")]
    public static partial void SignInFailed(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Sign-in failed for an unknown e-mail address")]
    public static partial void SignInUnknownAccount(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Account {AccountId} is locked out")]
    public static partial void LockedOut(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Account {AccountId} signed out")]
    public static partial void SignedOut(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Password reset requested for account {AccountId}")]
    public static partial void PasswordResetRequested(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Password reset completed for account {AccountId}")]
    public static partial void PasswordResetCompleted(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Access refused to {Path} for {Principal}")]
    public static partial void AccessRefused(ILogger logger, string path, string principal);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "First Beheerder {AccountId} created through the setup link")]
    public static partial void FirstAdministratorCreated(ILogger logger, string accountId);
}
