using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Tests.Ledger;

public sealed class AddressesTests
{
    [Theory]
    [InlineData("  <Claire.Martin@Contoso.example> ", "claire.martin@contoso.example")]
    [InlineData("SMTP:claire@contoso.example", "claire@contoso.example")]
    [InlineData("\"claire@contoso.example\"", "claire@contoso.example")]
    [InlineData("Claire Martin", null)]
    [InlineData("claire@", null)]
    [InlineData("@contoso.example", null)]
    [InlineData("a@b@contoso.example", null)]
    [InlineData("claire martin@contoso.example", null)]
    [InlineData("", null)]
    public void Addresses_are_compared_in_one_form_and_what_is_not_one_is_refused(string raw, string? normalized) =>
        Assert.Equal(normalized, Addresses.Normalize(raw));

    [Theory]
    [InlineData("claire@Contoso.Example", "contoso.example")]
    [InlineData("\"odd@name\"@mail.contoso.example", "mail.contoso.example")]
    [InlineData("no-domain@", null)]
    [InlineData("not an address", null)]
    [InlineData(null, null)]
    public void The_domain_is_what_follows_the_last_at_sign(string? address, string? domain) =>
        Assert.Equal(domain, Addresses.Domain(address));
}
