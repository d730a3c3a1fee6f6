using System.Diagnostics;
using MemoryBench.Counting;

namespace MemoryBench.Testing.Measuring;

/// <summary>
/// The rounds that count, after the warm-up, and the figure they give: MemoryBench's counting (src/MemoryBench/Counting,
/// the counting engine's lumps, span and stop rule) over rounds of equal calls.
/// </summary>
/// <remarks>
/// Code that allocates in lumps (a table reallocated every N calls, a buffer replaced) reads a steady level between
/// them: the rounds go on until they cover a long period's worth of calls, and with two lumps or more the figure is
/// the sum from just after the first lump's round to the end of the last one's, as many lumps as whole periods.
/// The rules differ from the engine's in three ways: no volume to reach (an assertion reports no collection rates),
/// a quarter of its time to cover a period and two fifths of its time limit (a test waits on it), and the counter's
/// slack left out (a thread's own counter reads a retired allocation context as allocated, see <see cref="CounterSlack"/>).
/// </remarks>
internal static class CountedRounds
{
    /// <summary>Counting stops here whatever else holds.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    /// <summary>Rounds the span holds at least.</summary>
    public const int FewestRounds = 3;

    // The rules are asked when the rounds have grown by a quarter: what they allocate between rounds (a collection it
    // triggers shows as slack in the next round) stays rare, and a long count is not asked thousands of times.
    private const double DecisionGrowth = 1.25;

    public static async ValueTask<CountedFigure> CountAsync(CallLoop loop, long callsPerRound)
    {
        var rules = Rules(callsPerRound);
        var rounds = new List<Round>();
        var chunks = new List<ChunkReading>();
        var started = Stopwatch.GetTimestamp();
        var nextDecision = FewestRounds;
        while (true)
        {
            var round = await loop.RunAsync(callsPerRound).ConfigureAwait(false);
            rounds.Add(round);
            chunks.Add(new ChunkReading(
                round.Calls, round.AllocatedBytes, round.Collections.Gen0, round.Collections.Gen1, round.Collections.Gen2));
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (rounds.Count >= nextDecision || elapsed >= rules.TimeLimit)
            {
                var decision = StopRule.Decide(chunks, elapsed, rules);
                if (decision.Stop)
                {
                    return CountedFigure.Of(decision, rounds, timeUp: elapsed >= rules.TimeLimit);
                }

                nextDecision = Math.Max(rounds.Count + 1, (int)(rounds.Count * DecisionGrowth));
            }
        }
    }

    /// <summary>The counting engine's rules, for rounds of <paramref name="callsPerRound"/> counted by a thread's own counter.</summary>
    public static CountingRules Rules(long callsPerRound) =>
        CountingRules.For(FewestRounds * callsPerRound, gen0BudgetBytes: 0) with
        {
            TimeLimit = TimeLimit,
            PeriodTime = TimeSpan.FromMilliseconds(250),
            CounterSlackBytes = 8 * 1024,
        };
}
