using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Admin;

/// <summary>/sandbox/mailboxes: serve mailboxes, issue and revoke tokens, move the clock, expire deltas, set faults, read traffic.</summary>
internal static class MailboxAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var mailboxes = endpoints.MapGroup("/sandbox/mailboxes").DisableAntiforgery();
        mailboxes.MapGet("/", (MailboxRegistry registry) => registry.All.Select(MailboxSummary.Of));
        mailboxes.MapPost("/", (AddMailboxRequest request, MailboxSources sources) =>
        {
            var (mailbox, error) = sources.Add(request);
            return error is not null ? Admin.BadRequest(error) : Results.Created($"/sandbox/mailboxes/{mailbox!.Key}", MailboxSummary.Of(mailbox));
        });
        mailboxes.MapGet("/{key}", (string key, MailboxRegistry registry) => Admin.With(registry, key, mailbox => Results.Ok(MailboxSummary.Of(mailbox))));
        mailboxes.MapGet("/{key}/ground-truth", (string key, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
            mailbox.Seed.GroundTruth is { } truth ? Results.Ok(truth) : Admin.NotFound("This mailbox was not generated from a persona, so it has no ground truth.")));

        mailboxes.MapPost("/{key}/token", (string key, TokenRequest? request, MailboxRegistry registry, TokenIssuer issuer) => Admin.With(registry, key, mailbox =>
        {
            var requested = request?.Scopes ?? GraphScopes.Delegated;
            var unknown = requested.FirstOrDefault(scope => GraphScopes.Canonical(scope) is null);
            if (unknown is not null) return Admin.BadRequest($"Unknown scope '{unknown}'.");
            var scopes = requested.Select(scope => GraphScopes.Canonical(scope)!).ToHashSet(StringComparer.Ordinal);
            var lifetime = TimeSpan.FromSeconds(request?.LifetimeSeconds ?? (int)TokenIssuer.AccessTokenLifetime.TotalSeconds);
            return Results.Ok(new { access_token = issuer.IssueAccessToken(mailbox.Key, scopes, lifetime), expires_in = (int)lifetime.TotalSeconds, scope = string.Join(' ', scopes) });
        }));
        mailboxes.MapPost("/{key}/revoke", (string key, MailboxRegistry registry, TokenIssuer issuer) =>
            Admin.With(registry, key, mailbox => Results.Ok(new { revoked = issuer.Revoke(mailbox.Key) })));

        mailboxes.MapGet("/{key}/clock", (string key, MailboxRegistry registry) => Admin.With(registry, key, mailbox => Results.Ok(new { now = mailbox.Clock.Now })));
        mailboxes.MapPut("/{key}/clock", (string key, ClockRequest request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            var target = request.Now ?? mailbox.Clock.Now.AddDays(request.AdvanceDays ?? 0).AddHours(request.AdvanceHours ?? 0);
            mailbox.Clock.Set(target);
            return Results.Ok(new { now = mailbox.Clock.Now });
        }));
        mailboxes.MapPost("/{key}/expire-delta-tokens", (string key, SyncStateLossRequest? request, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            var status = request?.Status ?? SyncStateLoss.Default.Status;
            var code = request?.Code ?? SyncStateLoss.Default.Code;
            if (status is < 400 or > 499 || !SyncStateLoss.Codes.Contains(code)) return Admin.BadRequest($"status must be a 4xx and code one of {string.Join(", ", SyncStateLoss.Codes)}.");
            mailbox.ExpireDeltaTokens(new SyncStateLoss(status, code, request?.UntilCleared ?? false));
            return Results.Ok(new { epoch = mailbox.DeltaEpoch, status, code });
        }));
        mailboxes.MapDelete("/{key}/expire-delta-tokens", (string key, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
        {
            mailbox.ClearSyncStateLoss();
            return Results.NoContent();
        }));

        mailboxes.MapGet("/{key}/sent", (string key, MailboxRegistry registry) => Admin.With(registry, key, mailbox =>
            Results.Ok(mailbox.SentThroughGraph.Select(message => new
            {
                id = mailbox.FormatId(ItemKinds.Message, message.Number),
                sentDateTime = message.SentAt,
                message.Subject,
                to = message.To,
                cc = message.Cc,
                body = message.Body,
            }))));

        mailboxes.MapGet("/{key}/faults", (string key, MailboxRegistry registry, FaultInjector faults) =>
            Admin.With(registry, key, mailbox => Results.Ok(faults.SettingsFor(mailbox.Key))));
        mailboxes.MapPut("/{key}/faults", (string key, FaultSettings settings, MailboxRegistry registry, FaultInjector faults) => Admin.With(registry, key, mailbox =>
        {
            if (settings.ThrottleRate is < 0 or > 1 || settings.UnavailableRate is < 0 or > 1 || settings.ThrottleRate + settings.UnavailableRate > 1)
            {
                return Admin.BadRequest("throttleRate and unavailableRate are shares between 0 and 1 whose sum is at most 1.");
            }
            if (settings.SentItemsDelaySeconds < 0) return Admin.BadRequest("sentItemsDelaySeconds cannot be negative.");
            faults.Configure(mailbox.Key, settings);
            return Results.Ok(settings);
        }));
        mailboxes.MapGet("/{key}/traffic", (string key, MailboxRegistry registry, MailboxTraffic traffic) =>
            Admin.With(registry, key, mailbox => Results.Ok(traffic.Snapshot(mailbox.Key))));
        mailboxes.MapDelete("/{key}/traffic", (string key, MailboxRegistry registry, MailboxTraffic traffic) => Admin.With(registry, key, mailbox =>
        {
            traffic.Reset(mailbox.Key);
            return Results.NoContent();
        }));
    }
}

/// <summary>Shared answers of the admin API.</summary>
internal static class Admin
{
    public static IResult With(MailboxRegistry registry, string key, Func<Mailbox, IResult> action) =>
        registry.Find(key) is { } mailbox ? action(mailbox) : NotFound($"No mailbox '{key}' is served.");

    public static IResult BadRequest(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status404NotFound);
}
