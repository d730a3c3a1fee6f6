using BenchmarkDotNet.Engines;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// BenchmarkDotNet's engine, followed by MemoryBench's counting stage: allocated bytes and GC collections counted over
/// a span chosen by allocated volume and aligned to lumps, instead of BenchmarkDotNet's one extra iteration sized by
/// time (job.WithEngineFactory(new CountingEngineFactory())).
/// </summary>
/// <remarks>
/// A job that fixes the invocation count ([InvocationCount], or [IterationSetup] without one) keeps BenchmarkDotNet's
/// count: its author chose how many calls an iteration makes because the calls change state (a leak that must not grow
/// past a point, a setup per iteration), and counting more of them would measure something else.
/// </remarks>
public sealed class CountingEngineFactory : IEngineFactory
{
    private readonly EngineFactory benchmarkDotNet = new();

    /// <summary>BenchmarkDotNet's engine, with the counting stage when the job measures memory and fixes no invocation count.</summary>
    public IEngine CreateReadyToRun(EngineParameters engineParameters)
    {
        ArgumentNullException.ThrowIfNull(engineParameters);
        var engine = benchmarkDotNet.CreateReadyToRun(engineParameters);
        return engineParameters.MeasureExtraStats && !engineParameters.HasInvocationCount
            ? new CountingEngine(engine, engineParameters)
            : engine;
    }
}
