using BenchmarkDotNet.Engines;
using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.IntegrationTests.Engines;

/// <summary>
/// One run of the counting engine over the lumpy workload under the fast job, without a profile request: several tests
/// read what it returned and logged, and a run takes seconds.
/// </summary>
internal static class LumpyWorkloadRun
{
    private static readonly Lazy<(RecordingHost Host, RunResults Results)> Run = new(() =>
    {
        var host = new RecordingHost();
        ProfileRequest.Withdraw(Environment.ProcessId);
        using var engine = new CountingEngineFactory().CreateReadyToRun(CountingEngineTests.Parameters(host, new LumpyWorkload(), CountingEngineTests.FastJob()));
        return (host, engine.Run());
    });

    public static RecordingHost Host => Run.Value.Host;

    public static RunResults Results => Run.Value.Results;
}
