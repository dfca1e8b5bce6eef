using Microsoft.AspNetCore.DataProtection;
using NudgeService.Application.Connect;

namespace NudgeService.Application.OwnerProof;

/// <summary>
/// What the owner's browser holds after a proof: for one account and one action, for a few
/// minutes, sealed in a SameSite=Strict cookie so that no other site can make the browser use it.
/// </summary>
internal sealed record OwnerPass(string UserId, string Action)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const string Purpose = "NudgeService.OwnerPass.v1";

    public string Seal(IDataProtectionProvider protection, DateTimeOffset expiresAt) => SealedState.Seal(protection, Purpose, this, expiresAt);

    public static OwnerPass? Open(IDataProtectionProvider protection, string? cookie) => SealedState.Open<OwnerPass>(protection, Purpose, cookie);
}
