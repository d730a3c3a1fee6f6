using System.Diagnostics;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Engines;
using MemoryBench.Counting;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Runs the workload in chunks after BenchmarkDotNet's iterations and counts, per chunk, what BenchmarkDotNet counts in
/// its one extra iteration (its own <see cref="GcStats"/> readings around the same workload delegate); the pure rules
/// in <see cref="StopRule"/> say when to stop and which chunks count.
/// </summary>
internal sealed class CountingStage(
    Action<long> workload,
    Action iterationSetup,
    Action iterationCleanup,
    int unrollFactor,
    long operationsPerInvoke)
{
    // Rules are checked when the chunk count has grown by a quarter, so what they allocate between chunks (and the
    // gen0 budget it uses up) stays a small share of what the workload allocates.
    private const double DecisionGrowth = 1.25;

    private const long NominalGen0Budget = 8 * 1024 * 1024;

    public CountedGcStats Count(long iterationInvocations, TimeSpan iterationTime)
    {
        var invocationsPerChunk = ChunkPlan.InvocationsPerChunk(iterationInvocations, iterationTime, unrollFactor);
        var rules = CountingRules.For(ChunkPlan.MinimumChunks * invocationsPerChunk * operationsPerInvoke, Gen0Budget());
        var chunks = new List<ChunkReading>(1024);
        var stats = new List<GcStats>(1024);
        var windows = new List<(long Start, long End)>(1024);

        // BenchmarkDotNet collects before its counted iteration too: every run starts the count from the same heap.
        // The second wait runs the finalizers the second collection found (an allocation sampling session's sockets
        // allocate in theirs), which would otherwise run, and allocate, inside the span.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var started = Stopwatch.GetTimestamp();
        var nextDecision = ChunkPlan.MinimumChunks;
        CountingDecision? decision = null;
        while (decision is not { Stop: true })
        {
            iterationSetup();
            var (chunk, start, end) = Measure(invocationsPerChunk / unrollFactor);
            iterationCleanup();

            stats.Add(chunk);
            windows.Add((start, end));
            chunks.Add(new ChunkReading(
                invocationsPerChunk * operationsPerInvoke,
                GcStatsBytes.Of(chunk),
                chunk.Gen0Collections,
                chunk.Gen1Collections,
                chunk.Gen2Collections));

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (chunks.Count >= nextDecision || elapsed >= rules.TimeLimit)
            {
                decision = StopRule.Decide(chunks, elapsed, rules);
                nextDecision = Math.Max(chunks.Count + 1, (int)(chunks.Count * DecisionGrowth));
            }
        }

        var span = decision.Span;
        // Summed from the span's first chunk: GcStats.Empty has no allocated bytes, and a sum with it has none either.
        var total = stats.Skip(span.First).Take(span.Count).Aggregate((sum, chunk) => sum + chunk);
        var summary = CountingSummary.Describe(decision, chunks.Count, Stopwatch.GetElapsedTime(started));
        return new CountedGcStats(
            total.WithTotalOperations(span.Operations), summary, span.Operations, span.AllocatedBytes, [.. windows.Skip(span.First).Take(span.Count)]);
    }

    // Optimised from the first call and kept apart, as BenchmarkDotNet measures, so the measuring frame itself
    // allocates nothing. The timestamps bracket the workload inside the readings: the allocation samples between
    // them are those of the bytes counted.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private (GcStats Stats, long Start, long End) Measure(long unrolledInvocations)
    {
        var initial = GcStats.ReadInitial();
        var start = Stopwatch.GetTimestamp();
        workload(unrolledInvocations);
        var end = Stopwatch.GetTimestamp();
        var final = GcStats.ReadFinal();
        return (final - initial, start, end);
    }

    // The budget the runtime was given (the suite pins one); without one, a nominal 8 MiB sets the volume to aim for.
    private static long Gen0Budget() =>
        GC.GetConfigurationVariables().TryGetValue("GCgen0size", out var value) && value is long bytes and > 0
            ? bytes
            : NominalGen0Budget;
}
