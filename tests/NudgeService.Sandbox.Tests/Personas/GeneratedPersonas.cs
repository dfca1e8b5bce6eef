using System.Collections.Concurrent;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Sandbox.Tests.Personas;

/// <summary>Personas generated once per test run: the large one takes most of a second.</summary>
internal static class GeneratedPersonas
{
    /// <summary>A Monday morning in winter: Paris is at UTC+1.</summary>
    public static readonly DateTimeOffset WinterNow = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A summer afternoon: Paris at UTC+2, New York at UTC−4.</summary>
    public static readonly DateTimeOffset SummerNow = new(2025, 7, 15, 14, 30, 0, TimeSpan.Zero);

    private static readonly ConcurrentDictionary<(PersonaSize, int, DateTimeOffset), Lazy<MailboxSeed>> Cache = new();

    public static MailboxSeed Get(PersonaSize size, int seed, DateTimeOffset now) =>
        Cache.GetOrAdd((size, seed, now), key => new Lazy<MailboxSeed>(() => PersonaGenerator.Generate(key.Item1, key.Item2, key.Item3))).Value;

    /// <summary>Small personas covering the French, British and American owners, in winter and in summer.</summary>
    public static TheoryData<int, DateTimeOffset> SmallVariants => new()
    {
        { 0, WinterNow },
        { 1, WinterNow },
        { 3, WinterNow },
        { 2, SummerNow },
        { 5, SummerNow },
        { 7, SummerNow },
    };
}
