using System.Security.Cryptography;
using System.Text;

namespace NudgeService.Application.Accounts;

public static class UserIds
{
    /// <summary>
    /// The same account always maps to the same id (reconnecting updates, never duplicates), and the id
    /// reveals nothing about the account when it appears in links or logs.
    /// </summary>
    public static string From(string objectId, string tenantId) =>
        "u" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId.ToLowerInvariant()}|{objectId.ToLowerInvariant()}")))[..31];
}
