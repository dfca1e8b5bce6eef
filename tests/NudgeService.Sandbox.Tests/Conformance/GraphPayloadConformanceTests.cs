using System.Net.Http.Headers;
using System.Text.Json;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.Conformance;

public sealed class GraphPayloadConformanceTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxServer Sandbox => fixture.Server;

    [Theory]
    [InlineData("v1.0/me/contacts?$top=50", "contact")]
    [InlineData("v1.0/me/contacts/delta", "contact")]
    [InlineData("v1.0/me/mailFolders/inbox/messages?$top=50", "message")]
    [InlineData("v1.0/me/mailFolders/sentitems/messages/delta?$select=from,sender,toRecipients,ccRecipients,internetMessageHeaders", "message")]
    [InlineData("v1.0/me/calendarView?startDateTime=2025-01-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z&$top=50", "event")]
    [InlineData("v1.0/me/calendarView/delta?startDateTime=2025-01-01T00:00:00Z&endDateTime=2027-01-01T00:00:00Z", "event")]
    public async Task Every_property_of_a_collection_exists_in_graph_v1_with_its_type(string path, string typeName)
    {
        var items = (await GetAsync(path)).GetProperty("value").EnumerateArray().ToList();

        Assert.NotEmpty(items);
        Assert.Empty(items.SelectMany(item => GraphCsdl.Violations(item, typeName)));
    }

    [Theory]
    [InlineData("v1.0/me", "user")]
    [InlineData("v1.0/me/mailboxSettings", "mailboxSettings")]
    public async Task Every_property_of_the_profile_exists_in_graph_v1_with_its_type(string path, string typeName)
    {
        Assert.Empty(GraphCsdl.Violations(await GetAsync(path), typeName));
    }

    [Fact]
    public void The_check_reports_unknown_properties_wrong_types_and_unknown_enum_members()
    {
        var payload = JsonDocument.Parse("""
            {"id":"x","favouriteColour":"blue","isCancelled":"yes","showAs":"sleeping","start":{"dateTime":"2026-01-01T10:00:00","timeZone":"UTC","extra":1}}
            """).RootElement;

        var violations = GraphCsdl.Violations(payload, "event");

        Assert.Equal(4, violations.Count);
        Assert.Contains(violations, violation => violation.Contains("favouriteColour"));
        Assert.Contains(violations, violation => violation.Contains("isCancelled"));
        Assert.Contains(violations, violation => violation.Contains("showAs"));
        Assert.Contains(violations, violation => violation.Contains("start.extra"));
    }

    [Fact]
    public async Task A_property_graph_does_not_define_is_refused_in_select()
    {
        using var http = Client();

        using var response = await http.GetAsync("v1.0/me/contacts?$select=displayName,favouriteColour");

        Assert.Equal(400, (int)response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("BadRequest", error.GetProperty("code").GetString());
        Assert.Contains("favouriteColour", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_call_without_a_token_gets_graphs_401()
    {
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };

        using var response = await http.GetAsync("v1.0/me");

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal("InvalidAuthenticationToken", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    private Mailbox? mailbox;

    private HttpClient Client()
    {
        mailbox ??= Sandbox.AddMailbox(TestMailboxes.Create("Csdl" + Guid.NewGuid().ToString("N")[..6]));
        var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SandboxGraph.IssueToken(Sandbox, mailbox));
        return http;
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var http = Client();
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
