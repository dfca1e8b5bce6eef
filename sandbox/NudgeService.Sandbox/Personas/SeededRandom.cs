using System.Numerics;

namespace NudgeService.Sandbox.Personas;

/// <summary>
/// xoshiro256** seeded through splitmix64. System.Random's algorithm is unspecified and may
/// change between runtimes, so a persona draws from this instead to stay the same everywhere.
/// </summary>
internal sealed class SeededRandom
{
    private readonly ulong seed;
    private ulong s0, s1, s2, s3;

    public SeededRandom(ulong seed)
    {
        this.seed = seed;
        var state = seed;
        s0 = SplitMix(ref state);
        s1 = SplitMix(ref state);
        s2 = SplitMix(ref state);
        s3 = SplitMix(ref state);
    }

    /// <summary>
    /// An independent stream for one part of the persona: drawing more or fewer numbers in one
    /// part then leaves every other part unchanged.
    /// </summary>
    public SeededRandom Fork(string purpose)
    {
        var hash = 14695981039346656037UL;
        foreach (var character in purpose)
        {
            hash = (hash ^ character) * 1099511628211UL;
        }
        var state = seed ^ hash;
        return new SeededRandom(SplitMix(ref state));
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var shifted = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= shifted;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)((NextUInt64() >> 32) * (ulong)maxExclusive >> 32);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>A gamma draw with integer shape: the larger the shape, the more regular the gaps.</summary>
    public double Erlang(int shape, double mean)
    {
        var sum = 0.0;
        for (var i = 0; i < shape; i++) sum += Exponential(mean / shape);
        return sum;
    }

    /// <summary>How many events happen when <paramref name="expected"/> are expected: the integer part plus one more by chance.</summary>
    public int Count(double expected)
    {
        var whole = (int)expected;
        return whole + (Chance(expected - whole) ? 1 : 0);
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A version-4 GUID made of drawn bytes.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], NextUInt64());
        bytes[7] = (byte)(bytes[7] & 0x0F | 0x40);
        bytes[8] = (byte)(bytes[8] & 0x3F | 0x80);
        return new Guid(bytes);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
