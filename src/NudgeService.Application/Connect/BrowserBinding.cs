using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace NudgeService.Application.Connect;

/// <summary>
/// Ties a sign-in's state to the browser that started it: a random value both in a cookie of that
/// browser and sealed in the state, so a state carried to another browser proves nothing there.
/// </summary>
internal static class BrowserBinding
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static bool Matches(string? cookie, string sealedValue) =>
        cookie is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(cookie), Encoding.ASCII.GetBytes(sealedValue));
}
