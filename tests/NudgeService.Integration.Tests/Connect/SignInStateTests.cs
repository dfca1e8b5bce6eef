using Microsoft.AspNetCore.DataProtection;
using NudgeService.Application.Connect;

namespace NudgeService.Integration.Tests.Connect;

public sealed class SignInStateTests
{
    private readonly IDataProtectionProvider protection = new EphemeralDataProtectionProvider();

    [Fact]
    public void A_state_round_trips_until_it_expires()
    {
        var state = SignInState.New("fr");

        var fresh = SignInState.Unprotect(protection, state.Protect(protection, DateTimeOffset.UtcNow.AddMinutes(5)));
        var expired = SignInState.Unprotect(protection, state.Protect(protection, DateTimeOffset.UtcNow.AddSeconds(-1)));

        Assert.Equal(state, fresh);
        Assert.Null(expired);
    }

    [Fact]
    public void A_truncated_or_altered_state_is_refused()
    {
        var text = SignInState.New("en").Protect(protection, DateTimeOffset.UtcNow.AddMinutes(5));
        var altered = text[..^3] + (text[^3] == 'A' ? 'B' : 'A') + text[^2..];

        Assert.Null(SignInState.Unprotect(protection, text[..(text.Length / 2)]));
        Assert.Null(SignInState.Unprotect(protection, altered));
    }
}
