namespace MemoryBench.Testing.Measuring;

/// <summary>The rounds that count, after the warm-up, and the figure they give.</summary>
/// <remarks>
/// Rounds of the same number of calls, until <see cref="SteadyRounds"/> of them allocated exactly the same bytes, at
/// most <see cref="MaxRounds"/>. Those rounds are the steady figure; the others were disturbed: by the last of the
/// optimisation (which only removes allocations), by a collection that a round triggered (the thread's counter then
/// reads up to an allocation context, 8 KB, more), or by a lump (a collection doubling its storage, a table
/// reallocated). When no value recurs that often, the code allocates differently every round and the figure is the
/// average over all of them, lumps included. A lump rarer than one round in <see cref="SteadyRounds"/> is therefore
/// not in a steady figure: measure such code with rounds that contain it, or see its average in the
/// rounds' figure when it is not steady.
/// </remarks>
internal static class CountedRounds
{
    public const int SteadyRounds = 3;

    public const int MaxRounds = 12;

    public static async ValueTask<CountedFigure> CountAsync(CallLoop loop, long callsPerRound)
    {
        var rounds = new List<Round>(MaxRounds);
        while (rounds.Count < MaxRounds)
        {
            var round = await loop.RunAsync(callsPerRound).ConfigureAwait(false);
            rounds.Add(round);
            var same = rounds.FindAll(other => other.AllocatedBytes == round.AllocatedBytes && other.Counting == round.Counting);
            if (same.Count >= SteadyRounds)
            {
                return CountedFigure.Of(same, isSteady: true);
            }
        }

        return CountedFigure.Of(rounds, isSteady: false);
    }
}

/// <summary>The sum of the rounds a figure is taken from.</summary>
internal sealed record CountedFigure(long AllocatedBytes, long Calls, Collections Collections, AllocationCounting Counting, bool IsSteady)
{
    public static CountedFigure Of(IReadOnlyList<Round> rounds, bool isSteady)
    {
        var bytes = 0L;
        var calls = 0L;
        var collections = default(Collections);
        var counting = AllocationCounting.CurrentThread;
        foreach (var round in rounds)
        {
            bytes += round.AllocatedBytes;
            calls += round.Calls;
            collections += round.Collections;
            if (round.Counting == AllocationCounting.Process)
            {
                counting = AllocationCounting.Process;
            }
        }

        return new CountedFigure(bytes, calls, collections, counting, isSteady);
    }
}
