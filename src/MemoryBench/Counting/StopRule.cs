namespace MemoryBench.Counting;

/// <summary>Decides, from the chunks counted so far, whether the counted span is good enough.</summary>
internal static class StopRule
{
    /// <summary>
    /// Counting goes on until the span holds the minimum operations (and 250,000, or counting has taken a second), its bytes per operation are known to the stated
    /// precision, and it allocated the target volume (or that volume cannot be reached before the time limit at the
    /// rate seen so far: a benchmark that allocates nothing stops as soon as it holds the minimum operations). At the
    /// time limit it stops whatever holds.
    /// </summary>
    /// <param name="chunks">Every chunk counted so far, in order.</param>
    /// <param name="elapsed">Time spent counting so far.</param>
    /// <param name="rules">When counting may stop.</param>
    public static CountingDecision Decide(IReadOnlyList<ChunkReading> chunks, TimeSpan elapsed, CountingRules rules)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(rules);
        var lumps = LumpDetection.Find(chunks, rules.MinimumLumpBytes);
        var span = SpanChoice.Choose(CounterSlack.Removed(chunks, lumps, rules.CounterSlackBytes), lumps);
        var errorBound = ErrorBound(chunks, span, lumps);

        if (elapsed >= rules.TimeLimit)
        {
            return new CountingDecision(true, "time limit", span, lumps, errorBound);
        }

        if (span.Operations < rules.MinimumOperations)
        {
            return new CountingDecision(false, "fewer operations than one iteration", span, lumps, errorBound);
        }

        // BenchmarkDotNet's iteration is sized by time: on a loaded machine it holds fewer calls than a lump's period.
        if (span.Operations < rules.PeriodOperations && elapsed < rules.PeriodTime)
        {
            return new CountingDecision(false, "fewer operations than a long period", span, lumps, errorBound);
        }

        if (errorBound > Tolerated(span, lumps, rules))
        {
            return new CountingDecision(false, "lumps not yet amortised", span, lumps, errorBound);
        }

        if (span.AllocatedBytes < rules.TargetVolumeBytes)
        {
            return VolumeReachable(chunks, elapsed, rules, span)
                ? new CountingDecision(false, "volume not yet reached", span, lumps, errorBound)
                : new CountingDecision(true, "volume out of reach in the time limit", span, lumps, errorBound);
        }

        return new CountingDecision(true, "volume reached", span, lumps, errorBound);
    }

    /// <summary>
    /// A lump seen once may be one of a period longer than the span: until a second one aligns the span, one lump more
    /// or less may move the figure by a tenth of the absolute precision at most, so a small figure made of rare lumps
    /// is not cut at one lump more or less, while a lump that happened once (a method compiled, a cache filled) in a
    /// cheap benchmark that allocates nothing is soon amortised.
    /// </summary>
    private static double Tolerated(CountedSpan span, LumpSeries lumps, CountingRules rules)
    {
        var relative = rules.RelativePrecision * span.BytesPerOperation;
        return Math.Max(relative, lumps.Indices.Count == 1 ? rules.AbsolutePrecision / 10 : rules.AbsolutePrecision);
    }

    /// <summary>
    /// A span aligned to lumps can be off by the operations of one chunk at its ends (the part of a period outside
    /// the span at the start, and inside it at the end); a span that is not can be off by the largest lump it may have
    /// cut, at most the largest deviation any chunk showed.
    /// </summary>
    private static double ErrorBound(IReadOnlyList<ChunkReading> chunks, CountedSpan span, LumpSeries lumps)
    {
        if (span.Operations == 0)
        {
            return double.PositiveInfinity;
        }

        if (span.AlignedToLumps)
        {
            var chunkOperations = chunks.Skip(span.First).Take(span.Count).Max(chunk => chunk.Operations);
            return span.BytesPerOperation * chunkOperations / span.Operations;
        }

        return lumps.LargestDeviationBytes / (double)span.Operations;
    }

    private static bool VolumeReachable(IReadOnlyList<ChunkReading> chunks, TimeSpan elapsed, CountingRules rules, CountedSpan span)
    {
        if (elapsed <= TimeSpan.Zero)
        {
            return true;
        }

        var bytesPerSecond = chunks.Sum(chunk => chunk.AllocatedBytes) / elapsed.TotalSeconds;
        var remaining = (rules.TimeLimit - elapsed).TotalSeconds;
        return span.AllocatedBytes + (bytesPerSecond * remaining) >= rules.TargetVolumeBytes;
    }
}
