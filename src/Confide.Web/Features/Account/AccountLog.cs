namespace Confide.Web.Features.Account;

/// <summary>Sign-in events, logged with the account id only: never an email address, name or password.</summary>
internal static partial class AccountLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Account {AccountId} signed in ({Method})")]
    public static partial void SignedIn(this ILogger logger, Guid accountId, string method);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Sign-in failed for account {AccountId} ({Reason})")]
    public static partial void SignInFailed(this ILogger logger, Guid accountId, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Sign-in failed for an email address that has no account")]
    public static partial void SignInFailedUnknownAccount(this ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Account {AccountId} is locked out after repeated failed sign-ins")]
    public static partial void LockedOut(this ILogger logger, Guid accountId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Account {AccountId} signed out")]
    public static partial void SignedOut(this ILogger logger, Guid accountId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Account {AccountId} turned on two-factor sign-in")]
    public static partial void TwoFactorEnabled(this ILogger logger, Guid accountId);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Account {AccountId} changed its password")]
    public static partial void PasswordChanged(this ILogger logger, Guid accountId);
}
