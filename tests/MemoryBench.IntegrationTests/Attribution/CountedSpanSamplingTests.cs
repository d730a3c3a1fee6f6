using BenchmarkDotNet.Engines;
using MemoryBench.Attribution;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.IntegrationTests.Engines;

namespace MemoryBench.IntegrationTests.Attribution;

/// <summary>
/// The counting engine sampling its own counted span in this process, as a benchmark process does when the host asks:
/// the samples are those of the very operations counted, so their estimate of the total is the counted figure.
/// </summary>
/// <remarks>
/// The workload allocates a 24-byte object per call and a 1 MiB buffer every 50,000th: the counting stage aligns its
/// span to the buffers, so a sample of a chunk outside the span (or of the stage's work between chunks) would put the
/// buffers' share one buffer off. Bounds are four standard errors: a correct estimate falls outside once in 16,000 runs.
/// </remarks>
[TestClass]
[DoNotParallelize]
public sealed class CountedSpanSamplingTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void The_samples_of_the_counted_span_add_up_to_its_counted_bytes_within_their_uncertainty()
    {
        var stem = Path.Combine(TestContext.TestRunResultsDirectory ?? Path.GetTempPath(), $"{Guid.NewGuid():N}");
        var host = new RecordingHost();
        ProfileRequest.Write(Environment.ProcessId, stem);
        try
        {
            RunResults results;
            using (var engine = new CountingEngineFactory().CreateReadyToRun(CountingEngineTests.Parameters(host, new LumpyWorkload(), CountingEngineTests.FastJob())))
            {
                results = engine.Run();
            }

            var span = SampledSpan.Read(stem + ProfileRequest.SpanExtension);
            var samples = NettraceSamples.Read(stem + ProfileRequest.TraceExtension, span.SampledBy, span.Contains);
            var profile = AllocationProfiler.Build("lumpy", [.. samples], span.Operations, span.SampledBy);
            var counted = span.AllocatedBytes / (double)span.Operations;

            Assert.AreEqual(CountingEngineTests.AllocatedBytes(results.GCStats), span.AllocatedBytes, "the span sampled is the span counted");
            Assert.AreEqual(results.GCStats.TotalOperations, span.Operations);
            Assert.IsTrue(
                Math.Abs(profile.BytesPerOperation - counted) <= 4 * profile.StandardError,
                $"sampled {profile.BytesPerOperation:0.###} ± {profile.StandardError:0.###} B/op (standard error, {profile.Samples} samples), counted {counted:0.###} B/op");
            var objects = profile.Find("System.Object")!;
            Assert.IsTrue(Math.Abs(objects.BytesPerOperation - 24) <= 4 * objects.StandardError, $"{objects}");
            Assert.IsTrue(host.Lines.Any(line => line.StartsWith("// MemoryBench allocation sampling: AllocationSampled over the counted span", StringComparison.Ordinal)), string.Join("\n", host.Lines));
        }
        finally
        {
            ProfileRequest.Withdraw(Environment.ProcessId);
            File.Delete(stem + ProfileRequest.TraceExtension);
            File.Delete(stem + ProfileRequest.SpanExtension);
        }
    }

    [TestMethod]
    public void Without_a_request_the_counting_stage_samples_nothing()
    {
        var lines = LumpyWorkloadRun.Host.Lines;

        Assert.IsFalse(lines.Any(line => line.Contains("allocation sampling", StringComparison.Ordinal)), string.Join("\n", lines));
    }
}
