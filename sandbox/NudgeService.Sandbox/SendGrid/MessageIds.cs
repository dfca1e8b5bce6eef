using System.Buffers.Text;
using System.Security.Cryptography;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>X-Message-Id values shaped like SendGrid's: 16 random bytes in unpadded URL-safe base64, 22 characters.</summary>
internal static class MessageIds
{
    public static string Next() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
