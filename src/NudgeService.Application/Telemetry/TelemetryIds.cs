using System.Security.Cryptography;
using System.Text;

namespace NudgeService.Application.Telemetry;

/// <summary>
/// The pseudonym telemetry uses for a user: stable, so an operator can follow one account across
/// traces, and one-way, so telemetry alone names nobody. `./nudge status` prints it next to the id.
/// </summary>
public static class TelemetryIds
{
    public static string Of(string userId) =>
        "u-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("NudgeService telemetry\n" + userId)))[..16];
}
