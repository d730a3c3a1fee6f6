namespace MemoryBench.Testing.Measuring;

/// <summary>Decides, from the rounds counted so far, whether they make a figure, and which rounds it sums.</summary>
/// <remarks>
/// Code that allocates the same every call reads the same bytes every round but for counter slack: its figure is the
/// sum of the rounds at the steady level, exact to the byte. Code that allocates in lumps (a table reallocated every
/// N calls, a buffer replaced) reads the steady level between them: a figure taken from steady rounds alone leaves the
/// lumps out, and passes code that allocates more in the long run. So, as MemoryBench's counting engine does
/// (src/MemoryBench/Counting), the rounds go on until they have covered a period's worth of calls, and with two lumps
/// or more the figure is the sum from just after the first lump's round to the end of the last one's: as many lumps
/// as whole periods, each round counted but for slack. A lump seen once is waited on, since it may be the first of a
/// long period; if no second one of its size comes it was the code's once only (a cache filled, a type loaded) and is
/// left out, as a benchmark's warm-up leaves it out, and so are lumps that grow (see <see cref="RoundLumps"/>).
/// </remarks>
internal static class CountingSpan
{
    /// <summary>
    /// Calls the rounds cover at least, unless <see cref="PeriodTime"/> has passed: a lump with a period up to this
    /// is seen twice at least (the periodic probes go up to 100,000 calls; the engine asks as much).
    /// </summary>
    public const long PeriodCalls = 250_000;

    /// <summary>
    /// How long the rounds go on to reach <see cref="PeriodCalls"/> at most: a quarter of the engine's second, so an
    /// operation slower than a microsecond a call adds at most this to a measurement.
    /// </summary>
    public static readonly TimeSpan PeriodTime = TimeSpan.FromMilliseconds(250);

    /// <summary>Calls the rounds go on to after a lump seen once, waiting for a second.</summary>
    public const long LoneLumpCalls = 1_000_000;

    /// <summary>Rounds that show no steady level before their average is taken as the figure (once they cover a period).</summary>
    public const int UnsteadyRounds = 12;

    /// <summary>Counting stops here whatever else holds.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    /// <summary>The largest error of the lumps' share per call a span aligned to them may leave, as a share of the figure.</summary>
    public const double RelativePrecision = 0.02;

    /// <summary>The largest error, in bytes per call, that is good enough for a small figure.</summary>
    public const double AbsolutePrecision = 0.5;

    /// <summary>The figure, once the rounds make one; null while counting should go on.</summary>
    /// <param name="rounds">Every round counted so far, in order, of the same number of calls.</param>
    /// <param name="elapsed">Time spent counting so far.</param>
    public static CountedFigure? Decide(IReadOnlyList<Round> rounds, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var timeUp = elapsed >= TimeLimit;
        var covered = rounds.Sum(round => round.Calls) >= PeriodCalls || elapsed >= PeriodTime;
        if (RoundLumps.Find(rounds) is not { } lumps)
        {
            return timeUp || (covered && rounds.Count >= UnsteadyRounds)
                ? CountedFigure.Of(rounds, round => round.AllocatedBytes, isSteady: false, lumpPeriods: 0)
                : null;
        }

        var positions = lumps.Positions(rounds);
        if (positions.Count >= 2)
        {
            var span = rounds.Skip(positions[0] + 1).Take(positions[^1] - positions[0]).ToArray();
            var figure = CountedFigure.Of(span, lumps.CountedBytes, isSteady: true, lumpPeriods: positions.Count - 1);
            return (covered && Precise(figure, span, lumps)) || timeUp ? figure : null;
        }

        var waitingOnLump = lumps.Excesses.Count == 1 && rounds.Sum(round => round.Calls) < LoneLumpCalls;
        if (!timeUp && (!covered || waitingOnLump))
        {
            return null;
        }

        var steady = rounds.Where(round => round.AllocatedBytes == lumps.SteadyBytes);
        return CountedFigure.Of(steady, round => round.AllocatedBytes, isSteady: true, lumpPeriods: 0);
    }

    /// <summary>
    /// A span aligned to lumps holds as many lumps as periods, but its calls can be off by a round's (where in its round
    /// each end lump fell): the lumps' share per call is known to that share of the span.
    /// </summary>
    private static bool Precise(CountedFigure figure, Round[] span, RoundLumps lumps)
    {
        var lumpBytes = figure.AllocatedBytes - (lumps.SteadyBytes * span.Length);
        var roundCalls = span.Max(round => round.Calls);
        var error = Math.Abs(lumpBytes) / (double)figure.Calls * roundCalls / figure.Calls;
        var bytesPerCall = figure.AllocatedBytes / (double)figure.Calls;
        return error <= Math.Max(RelativePrecision * bytesPerCall, AbsolutePrecision);
    }
}
