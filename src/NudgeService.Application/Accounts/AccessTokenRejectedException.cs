namespace NudgeService.Application.Accounts;

/// <summary>Graph refused the access token (401) although it has not expired: revoked, or consent withdrawn.</summary>
public sealed class AccessTokenRejectedException() : Exception("Graph rejected the access token.");
