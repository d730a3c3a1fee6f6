using CsCheck;
using MemoryBench.Counting;

namespace MemoryBench.Tests.Counting;

[TestClass]
public sealed class AmortisedCountProperties
{
    private static readonly TimeSpan ChunkTime = TimeSpan.FromMilliseconds(5);

    // The span holds at least ChunkPlan.MinimumChunks chunks: a period
    // longer than that can end before its first lump is seen, and is not what these properties are about.
    [TestMethod]
    public void Any_periodic_allocation_reads_its_amortised_bytes_per_operation_within_ten_percent()
    {
        var workloads =
            from steady in Gen.Long[0, 64]
            from lump in Gen.Long[16 * 1024, 1 << 20]
            from period in Gen.Long[1_000, 100_000]
            from chunk in Gen.Long[period / ChunkPlan.MinimumChunks, 50_000]
            from phase in Gen.Long[0, 100_000]
            select new PeriodicWorkload(steady, lump, period, chunk, phase % period);

        workloads.Sample(
            workload =>
            {
                var rules = CountingRules.For(20 * workload.ChunkCalls, 8 << 20);
                var (decision, _) = workload.CountUntilStop(rules, ChunkTime);
                var error = Math.Abs(decision.Span.BytesPerOperation - workload.AmortisedBytesPerCall);
                return error <= 0.10 * workload.AmortisedBytesPerCall;
            },
            iter: 2_000);
    }

    [TestMethod]
    public void A_steady_allocation_reads_exactly_its_bytes_per_operation()
    {
        var workloads =
            from steady in Gen.Long[0, 10_000_000]
            from chunk in Gen.Long[1, 50_000]
            select new PeriodicWorkload(steady, 0, 1, chunk, 0);

        workloads.Sample(
            workload =>
            {
                var (decision, _) = workload.CountUntilStop(CountingRules.For(20 * workload.ChunkCalls, 8 << 20), ChunkTime);
                return decision.Span.AllocatedBytes == workload.SteadyBytes * decision.Span.Operations;
            },
            iter: 500);
    }

    [TestMethod]
    public void An_aligned_span_holds_as_many_lumps_as_periods()
    {
        var workloads =
            from lump in Gen.Long[16 * 1024, 1 << 20]
            from period in Gen.Long[20_000, 100_000]
            from chunk in Gen.Long[period / ChunkPlan.MinimumChunks, period / 20]
            from phase in Gen.Long[0, 100_000]
            select new PeriodicWorkload(0, lump, period, chunk, phase % period);

        workloads.Sample(
            workload =>
            {
                var (decision, _) = workload.CountUntilStop(CountingRules.For(20 * workload.ChunkCalls, 8 << 20), ChunkTime);
                var span = decision.Span;
                var periods = Math.Round(span.Operations / (double)workload.Period);
                return span.AlignedToLumps && span.AllocatedBytes == span.Lumps * workload.LumpBytes && span.Lumps == periods;
            },
            iter: 1_000);
    }

    [TestMethod]
    public void A_lump_every_two_and_a_fifth_chunks_is_counted_over_whole_periods()
    {
        // Half of the first twenty chunks hold a lump: counted over all twenty they read a lump too many (+10 %).
        var workload = new PeriodicWorkload(SteadyBytes: 0, LumpBytes: 26_940, Period: 27_907, ChunkCalls: 12_645, Phase: 27_600);

        var (decision, _) = workload.CountUntilStop(CountingRules.For(20 * workload.ChunkCalls, 8 << 20), ChunkTime);

        Assert.IsTrue(decision.Span.AlignedToLumps);
        Assert.AreEqual(workload.AmortisedBytesPerCall, decision.Span.BytesPerOperation, 0.02 * workload.AmortisedBytesPerCall);
    }
}
