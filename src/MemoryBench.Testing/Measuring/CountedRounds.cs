using System.Diagnostics;

namespace MemoryBench.Testing.Measuring;

/// <summary>The rounds that count, after the warm-up, and the figure they give (<see cref="CountingSpan"/>).</summary>
internal static class CountedRounds
{
    // The rules are asked when the rounds have grown by a quarter: what they allocate between rounds (a collection it
    // triggers shows as slack in the next round) stays rare, and a long count is not asked thousands of times.
    private const double DecisionGrowth = 1.25;

    public static async ValueTask<CountedFigure> CountAsync(CallLoop loop, long callsPerRound)
    {
        var rounds = new List<Round>();
        var started = Stopwatch.GetTimestamp();
        var nextDecision = RoundLumps.SteadyRounds;
        while (true)
        {
            rounds.Add(await loop.RunAsync(callsPerRound).ConfigureAwait(false));
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (rounds.Count >= nextDecision || elapsed >= CountingSpan.TimeLimit)
            {
                if (CountingSpan.Decide(rounds, elapsed) is { } figure)
                {
                    return figure;
                }

                nextDecision = Math.Max(rounds.Count + 1, (int)(rounds.Count * DecisionGrowth));
            }
        }
    }
}
