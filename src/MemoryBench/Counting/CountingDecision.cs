namespace MemoryBench.Counting;

/// <summary>Whether counting may stop, why, and the span whose sums are the figures.</summary>
/// <param name="Stop">Whether the span is good enough (or time is up).</param>
/// <param name="Reason">Why counting stops or goes on, in a few words a person reads in the benchmark's log.</param>
/// <param name="Span">The span counted: whole periods when lumps were found.</param>
/// <param name="Lumps">The lumps found in every chunk counted.</param>
/// <param name="ErrorBound">The most the span's bytes per operation can be off by lumps cut at its ends.</param>
internal sealed record CountingDecision(bool Stop, string Reason, CountedSpan Span, LumpSeries Lumps, double ErrorBound);
