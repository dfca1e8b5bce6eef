using Microsoft.AspNetCore.WebUtilities;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Connect;

[Collection(ConnectEnvironment.Name)]
public sealed class ConnectHostileInputTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task The_connect_redirect_is_a_valid_uri_that_carries_the_login_hint_encoded()
    {
        const string hint = "a b<c>\"{d}|e@contoso.com";
        using var browser = environment.Browser();

        var response = await browser.GetAsync(new Uri(environment.Web.BaseUrl, "api/connect?lang=en&hint=" + Uri.EscapeDataString(hint)));

        Assert.Equal(302, (int)response.StatusCode);
        var location = Assert.Single(response.Headers.NonValidated["Location"]);
        Assert.True(Uri.IsWellFormedUriString(location, UriKind.Absolute), location);
        Assert.DoesNotContain(location, c => c is ' ' or '<' or '>' or '"' or '{' or '}' or '|');
        Assert.Equal(hint, QueryHelpers.ParseQuery(new Uri(location).Query)["login_hint"].ToString());
    }
}
