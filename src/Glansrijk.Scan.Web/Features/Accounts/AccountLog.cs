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

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Account request {RequestId} received")]
    public static partial void AccountRequested(ILogger logger, Guid requestId);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Account request {RequestId} approved by {AdministratorId}; account {AccountId} created")]
    public static partial void AccountRequestApproved(ILogger logger, Guid requestId, string administratorId, string accountId);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "Account request {RequestId} rejected by {AdministratorId}")]
    public static partial void AccountRequestRejected(ILogger logger, Guid requestId, string administratorId);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Account {AccountId} set its first password through the welcome link")]
    public static partial void FirstPasswordSet(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information, Message = "Two-factor sign-in enabled for account {AccountId}")]
    public static partial void TwoFactorEnabled(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Warning, Message = "Two-factor sign-in disabled for account {AccountId}")]
    public static partial void TwoFactorDisabled(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Information, Message = "New recovery codes made for account {AccountId}")]
    public static partial void RecoveryCodesGenerated(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1017, Level = LogLevel.Warning, Message = "Two-factor code refused for account {AccountId}")]
    public static partial void TwoFactorCodeRefused(ILogger logger, string accountId);

    [LoggerMessage(EventId = 1018, Level = LogLevel.Warning, Message = "Account {AccountId} signed in with a recovery code; {Left} left")]
    public static partial void RecoveryCodeUsed(ILogger logger, string accountId, int left);
}
