using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Connect;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Connect;

/// <summary>What an anonymous caller can make the app store, and how fast it may call, through the local host's real pipeline.</summary>
[Collection(ConnectEnvironment.Name)]
public sealed class AnonymousRequestLimitTests(ServiceEnvironment environment)
{
    /// <summary>The default <c>Nudge:RequestLimits:PerClientPerMinute</c>: a full bucket before any refusal.</summary>
    private const int PerClientPerMinute = 600;

    [Fact]
    public async Task Starting_connects_stores_nothing_and_each_start_binds_its_state_to_the_browser()
    {
        using var caller = ClientFrom(IPAddress.Parse("127.0.0.21"));
        var protection = environment.Web.Services.GetRequiredService<IDataProtectionProvider>();
        var signIns = new TableServiceClient(environment.StorageConnectionString).GetTableClient("signins");
        await signIns.CreateIfNotExistsAsync();
        var states = new List<SignInState>();

        for (var start = 0; start < 40; start++)
        {
            var response = await caller.GetAsync(new Uri(environment.Web.BaseUrl, "api/connect?lang=en"));
            Assert.Equal(302, (int)response.StatusCode);
            Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(ConnectService.BrowserCookie + "=", StringComparison.Ordinal));
            states.Add(SignInState.Unprotect(protection, ConnectSteps.QueryValue(response.Headers.Location!, "state"))!);
        }

        Assert.Equal(40, states.Select(state => state.Id).Distinct().Count());
        foreach (var state in states)
        {
            Assert.Empty(await signIns.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {state.Id}")).ToListAsync());
        }
    }

    [Theory]
    [InlineData("127.0.0.31", "GET", "api/connect?lang=en")]
    [InlineData("127.0.0.32", "GET", "api/auth/callback?code=abc&state=CfDJ8forged")]
    [InlineData("127.0.0.33", "GET", "api/account/disconnect?token=forged")]
    [InlineData("127.0.0.34", "GET", "api/n/forged")]
    [InlineData("127.0.0.35", "GET", "api/u/forged")]
    [InlineData("127.0.0.36", "HEAD", "api/r/forged")]
    [InlineData("127.0.0.37", "POST", "api/sendgrid/events")]
    public async Task A_burst_from_one_client_is_answered_429_with_retry_after_and_a_page(string client, string method, string path)
    {
        using var caller = ClientFrom(IPAddress.Parse(client));
        var url = new Uri(environment.Web.BaseUrl, path);

        var (handled, refused) = await BurstAsync(caller, method, url);

        Assert.True(handled >= PerClientPerMinute, $"{handled} requests were handled before the first refusal.");
        Assert.NotNull(refused);
        Assert.Equal(429, (int)refused.StatusCode);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        if (method != "HEAD")
        {
            Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"Try again in {retryAfter} seconds", await refused.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_real_connect_still_completes_while_another_client_is_refused()
    {
        using var flooder = ClientFrom(IPAddress.Parse("127.0.0.41"));
        var (_, refused) = await BurstAsync(flooder, "GET", new Uri(environment.Web.BaseUrl, "api/connect?lang=en"));
        Assert.Equal(429, (int?)refused?.StatusCode);
        var mailbox = environment.NewMailbox("AfterBurst");

        var (callback, _) = await environment.ConnectAsync(mailbox);

        Assert.Equal(200, (int)callback.StatusCode);
        Assert.Contains(mailbox.Owner.Address, await callback.Content.ReadAsStringAsync());
        Assert.Equal(AccountStatus.Active, (await environment.Web.Services.GetRequiredService<IUserStore>().FindAsync(ConnectSteps.UserIdOf(mailbox), CancellationToken.None))!.Status);
    }

    /// <summary>Sends the request ten at a time until one is refused (at most three full buckets); returns how many were answered otherwise, and the refusal.</summary>
    private static async Task<(int Handled, HttpResponseMessage? Refused)> BurstAsync(HttpClient caller, string method, Uri url)
    {
        var handled = 0;
        while (handled < 3 * PerClientPerMinute)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => caller.SendAsync(Request(method, url))));
            if (answers.FirstOrDefault(answer => answer.StatusCode == HttpStatusCode.TooManyRequests) is { } refused)
            {
                return (handled + answers.Count(answer => answer.StatusCode != HttpStatusCode.TooManyRequests), refused);
            }
            handled += answers.Length;
        }
        return (handled, null);
    }

    private static HttpRequestMessage Request(string method, Uri url) => new(new HttpMethod(method), url)
    {
        Content = method == "POST" ? new StringContent("[]", Encoding.UTF8, "application/json") : null,
    };

    /// <summary>A client whose connections come from its own loopback address, as another machine's would come from its own.</summary>
    private static HttpClient ClientFrom(IPAddress address) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(address, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    });
}
