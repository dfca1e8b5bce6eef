using Azure.Data.Tables;

namespace NudgeService.Infrastructure.Storage;

/// <summary>NudgeService's tables; every one is partitioned by user id except the spent sign-ins, the schedule index and the webhook posts seen.</summary>
public sealed class NudgeTables(TableServiceClient service)
{
    public const string Users = "users";
    public const string TokenCaches = "tokencaches";
    public const string SignIns = "signins";
    public const string Ledger = "ledger";
    public const string SyncStates = "syncstates";
    public const string Digests = "digests";
    public const string Nudges = "nudges";
    public const string People = "people";
    public const string Schedule = "schedule";
    public const string WebhookPosts = "webhookposts";
    public const string MailboxSlots = "mailboxslots";
    public const string Reviews = "reviews";

    /// <summary>Tables whose partition key is the user id: erasing a user empties their partition in each.</summary>
    public static readonly IReadOnlyList<string> PerUser = [Users, TokenCaches, Ledger, SyncStates, Digests, Nudges, People, MailboxSlots, Reviews];

    private readonly Lazy<Task> created = new(async () =>
    {
        foreach (var name in PerUser.Append(SignIns).Append(Schedule).Append(WebhookPosts)) await service.CreateTableIfNotExistsAsync(name);
    });

    public async Task<TableClient> GetAsync(string name)
    {
        await created.Value;
        return service.GetTableClient(name);
    }
}
