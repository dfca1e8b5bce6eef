using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Application.Digest.Wording;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.Infrastructure.Templates;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Benchmarks;

/// <summary>
/// How varied the drafts read over half a year: the medium persona's weekly digests played for 26
/// weeks as the queue job runs them, the share of distinct openings and of distinct full drafts per
/// kind, how often one person got the same wording twice, and digests where two items open alike.
/// The baseline, measured on the same weeks and the same requests, is the former rule: wordings
/// rotated by week number and position, with no memory of who got what.
/// </summary>
public static class DraftVarietyBenchmark
{
    private const int Weeks = 26;

    public static async Task RunAsync(TextWriter output)
    {
        await using var stack = await LocalStack.StartAsync();
        foreach (var seed in new[] { 1, 2 })
        {
            var (product, baseline, language) = await PlayAsync(stack, seed);
            output.WriteLine($"Draft variety — medium persona, seed {seed} ({language}), {Weeks} played weeks; baseline in the same run: the same requests worded by rotation on week and position, without memory");
            output.WriteLine($"{"kind",-11} {"drafts",6} {"openings",9} {"baseline",9} {"full drafts",12} {"baseline",9} {"same words again",17} {"baseline",9}");
            foreach (var kind in Enum.GetValues<NudgeKind>().Append((NudgeKind)(-1)))
            {
                var mine = kind == (NudgeKind)(-1) ? product : product.Where(draft => draft.Kind == kind).ToList();
                var theirs = kind == (NudgeKind)(-1) ? baseline : baseline.Where(draft => draft.Kind == kind).ToList();
                if (mine.Count == 0) continue;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(kind == (NudgeKind)(-1) ? "all" : kind.ToString()),-11} {mine.Count,6} {Distinct(mine, draft => draft.Opening),9:P0} {Distinct(theirs, draft => draft.Opening),9:P0} " +
                    $"{Distinct(mine, draft => draft.Body),12:P0} {Distinct(theirs, draft => draft.Body),9:P0} {RepeatsWithinAYear(mine),17} {RepeatsWithinAYear(theirs),9}"));
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"digests with two items opening alike: {OpeningClashes(product)} of {product.Select(draft => draft.Week).Distinct().Count()} (baseline {OpeningClashes(baseline)})"));
            output.WriteLine("(openings: first sentence after the greeting; shares are distinct ÷ drafts; same words again: a person given a draft whose opening they already had within 52 weeks)");
            output.WriteLine();
        }
    }

    private static async Task<(List<Drafted> Product, List<Drafted> Baseline, string Language)> PlayAsync(LocalStack stack, int seed)
    {
        var zone = TimeZones.Of(PersonaGenerator.OwnerTimeZone(seed));
        var slot = new DigestSlot(DayOfWeek.Monday, 8).Next(zone, DateTimeOffset.UtcNow);
        var mailbox = await stack.ConnectAsync(PersonaGenerator.Generate(PersonaSize.Medium, seed, slot.AddDays(-7)));
        var requests = new RecordingDraftWriter(new LiquidDraftWriter());
        await using var services = LocalServices.Create(stack.Settings, new MailboxTime(mailbox), adjust: collection =>
        {
            collection.RemoveAll<IDraftWriter>();
            collection.AddSingleton<IDraftWriter>(requests);
        });
        var userId = UserIds.From(mailbox.Owner.ObjectId, mailbox.Owner.TenantId);
        var product = new List<Drafted>();
        var baseline = new List<Drafted>();
        for (var played = 0; played < Weeks; played++)
        {
            var at = slot.AddDays(7 * played);
            var week = DigestWeek.Of(at, zone);
            mailbox.Clock.Set(at.AddMinutes(5));
            requests.Clear();
            await using (var scope = services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<WeeklyDigest>().RunAsync(new DigestJob(userId, week.ToString()), CancellationToken.None);
            var nudges = await services.GetRequiredService<INudgeStore>().WeekAsync(userId, week, CancellationToken.None);
            var positions = new Dictionary<NudgeKind, int>();
            foreach (var nudge in nudges.OrderBy(nudge => nudge.Date ?? DateOnly.MaxValue).ThenBy(nudge => nudge.Id, StringComparer.Ordinal))
            {
                product.Add(new Drafted(week, nudge.PersonKey, nudge.Kind, Openings.Of(nudge.Draft.Body), nudge.Draft.Body));
                var request = requests.Find(nudge.Draft) ?? throw new InvalidOperationException($"No recorded request wrote the draft of nudge {nudge.Id}.");
                var position = positions.GetValueOrDefault(nudge.Kind);
                positions[nudge.Kind] = position + 1;
                var rotated = requests.Inner.Write(request with { Variant = week.Number + position });
                baseline.Add(new Drafted(week, nudge.PersonKey, nudge.Kind, Openings.Of(rotated.Body), rotated.Body));
            }
        }
        return (product, baseline, mailbox.Owner.Locale);
    }

    private static double Distinct(IReadOnlyCollection<Drafted> drafts, Func<Drafted, string> part) =>
        drafts.Count == 0 ? 0 : drafts.Select(part).Distinct(StringComparer.Ordinal).Count() / (double)drafts.Count;

    private static int RepeatsWithinAYear(IEnumerable<Drafted> drafts) =>
        drafts.GroupBy(draft => (draft.Person, draft.Kind))
            .Sum(person => person.OrderBy(draft => draft.Week).Select((draft, index) => (draft, index))
                .Count(current => person.Take(current.index).Any(earlier => earlier.Opening == current.draft.Opening && current.draft.Week.Monday.DayNumber - earlier.Week.Monday.DayNumber < 7 * WordingMemory.Weeks)));

    private static int OpeningClashes(IEnumerable<Drafted> drafts) =>
        drafts.GroupBy(draft => draft.Week).Count(week => week.Select(draft => draft.Opening).Distinct(StringComparer.Ordinal).Count() < week.Count());

    private sealed record Drafted(DigestWeek Week, string Person, NudgeKind Kind, string Opening, string Body);

    /// <summary>The real draft writer, remembering the requests it wrote so that the baseline words the very same ones.</summary>
    private sealed class RecordingDraftWriter(LiquidDraftWriter inner) : IDraftWriter
    {
        private readonly List<(DraftRequest Request, MessageDraft Draft)> written = [];

        public LiquidDraftWriter Inner => inner;

        public int Variants(NudgeKind kind, string language) => inner.Variants(kind, language);

        public MessageDraft Write(DraftRequest request)
        {
            var draft = inner.Write(request);
            lock (written) written.Add((request, draft));
            return draft;
        }

        public DraftRequest? Find(MessageDraft draft)
        {
            lock (written) return written.LastOrDefault(entry => entry.Draft == draft).Request;
        }

        public void Clear()
        {
            lock (written) written.Clear();
        }
    }
}
