namespace MemoryBench.Testing.Measuring;

/// <summary>
/// The steady level of rounds of equal calls, and the rounds that allocated a lump above it: the code's own periodic
/// allocation (a container reallocated, a buffer replaced), told from the calling thread's counter slack and from
/// growth.
/// </summary>
/// <remarks>
/// The counter reads exactly what the thread allocated, except that a round during which the runtime retired the
/// thread's allocation context (a collection, whoever triggered it) can read up to that context's unused part more:
/// 16 to 2,504 B over a few of 400 rounds with collections, and 16 to 7,904 B over 4 of 375 rounds without one
/// while a dictionary growing without end kept the heap busy, every excess a different figure. A lump is the code's:
/// more than <see cref="SlackBytes"/> above the steady level, or a smaller excess that another round without a
/// collection read to the byte too (slack does not repeat itself; the code's own allocations do). A periodic lump
/// recurs at its size; a lump that does not (a collection doubling as it grows without end, a cache filled once) is
/// growth, whose memory a leak measurement sees, and which a benchmark of fixed calls leaves out as well.
/// </remarks>
internal sealed record RoundLumps(long SteadyBytes, IReadOnlySet<long> RecurringSmallBytes, IReadOnlyList<long> Excesses)
{
    /// <summary>Rounds that must read the same bytes for their figure to be the steady level.</summary>
    public const int SteadyRounds = 3;

    /// <summary>The most a round's counter can read beyond the code's own allocations: one allocation context.</summary>
    public const long SlackBytes = 8 * 1024;

    /// <summary>
    /// The steady level is the fewest bytes that <see cref="SteadyRounds"/> rounds read alike (the optimised code's
    /// figure between lumps, or with the fewer lumps when a round holds several); null while no figure recurs.
    /// </summary>
    public static RoundLumps? Find(IReadOnlyList<Round> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var recurring = rounds
            .GroupBy(round => (round.AllocatedBytes, round.Counting))
            .Where(same => same.Count() >= SteadyRounds)
            .Select(same => (long?)same.Key.AllocatedBytes)
            .Min();
        if (recurring is not { } steady)
        {
            return null;
        }

        var recurringWithoutCollection = rounds
            .Where(round => round.Collections == default && round.AllocatedBytes > steady)
            .GroupBy(round => round.AllocatedBytes)
            .Where(same => same.Count() >= 2)
            .Select(same => same.Key)
            .ToHashSet();
        var candidates = new RoundLumps(steady, recurringWithoutCollection, []);
        var excesses = rounds.Where(candidates.IsAboveSlack).Select(round => round.AllocatedBytes - steady).ToArray();
        return candidates with { Excesses = excesses };
    }

    /// <summary>Whether the round allocated a lump that recurs at its size (give or take slack).</summary>
    public bool IsLump(Round round)
    {
        var excess = round.AllocatedBytes - SteadyBytes;
        return IsAboveSlack(round) && Excesses.Count(other => Math.Abs(other - excess) <= SlackBytes) >= 2;
    }

    /// <summary>What a round counts for: its own bytes, or the steady level when what it read beyond that was not a lump.</summary>
    public long CountedBytes(Round round) =>
        round.AllocatedBytes > SteadyBytes && !IsLump(round) ? SteadyBytes : round.AllocatedBytes;

    /// <summary>Positions of the rounds that allocated a recurring lump, ascending.</summary>
    public IReadOnlyList<int> Positions(IReadOnlyList<Round> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        return [.. Enumerable.Range(0, rounds.Count).Where(i => IsLump(rounds[i]))];
    }

    /// <summary>Whether the round read more than the steady level and counter slack could explain.</summary>
    private bool IsAboveSlack(Round round)
    {
        var excess = round.AllocatedBytes - SteadyBytes;
        return excess > SlackBytes || (excess > 0 && RecurringSmallBytes.Contains(round.AllocatedBytes));
    }
}
