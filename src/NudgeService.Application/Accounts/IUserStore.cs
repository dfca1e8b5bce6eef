namespace NudgeService.Application.Accounts;

/// <summary>Connected accounts, one partition per user.</summary>
public interface IUserStore
{
    Task<UserAccount?> FindAsync(string userId, CancellationToken cancellationToken);

    Task SaveAsync(UserAccount account, CancellationToken cancellationToken);

    /// <summary>Marks the account as needing a reconnect; true only for the call that made the change, so one email goes out.</summary>
    Task<bool> MarkNeedsReconnectAsync(string userId, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>The MSAL token cache of each user, encrypted before it is stored.</summary>
public interface ITokenCacheStore
{
    Task<byte[]?> LoadAsync(string userId, CancellationToken cancellationToken);

    Task SaveAsync(string userId, byte[] cache, CancellationToken cancellationToken);
}

/// <summary>Erases everything stored about a user, in every table and queue.</summary>
public interface IUserDataEraser
{
    Task<int> EraseAsync(string userId, CancellationToken cancellationToken);
}
