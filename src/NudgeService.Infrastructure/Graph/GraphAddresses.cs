using Microsoft.Graph.Models;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;

namespace NudgeService.Infrastructure.Graph;

internal static class GraphAddresses
{
    public static MailAddress? Of(EmailAddress? email) =>
        string.IsNullOrWhiteSpace(email?.Address) ? null : new MailAddress(email.Address, email.Name);

    public static IReadOnlyList<MailAddress> All(IEnumerable<Recipient>? recipients) =>
        [.. (recipients ?? []).Select(recipient => Of(recipient.EmailAddress)).OfType<MailAddress>()];
}
