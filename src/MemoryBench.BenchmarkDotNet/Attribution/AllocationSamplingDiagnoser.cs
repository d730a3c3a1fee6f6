using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using MemoryBench.Attribution;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Host side: samples the allocations of a benchmark's measured iterations with an EventPipe session on the
/// benchmark process (started at BeforeActualRun, stopped at AfterActualRun, so warm-up and jitting are left out),
/// then writes its allocation profile and a speedscope file into <paramref name="profileFolder"/>. For the cases
/// <paramref name="takesCensus"/> picks, heap snapshots around the same iterations add what the case keeps alive,
/// by type (<see cref="RetainedTypesProbe"/>).
/// </summary>
/// <param name="profileFolder">The run folder's allocations folder.</param>
/// <param name="takesCensus">Whether a case also gets its retained types.</param>
internal sealed class AllocationSamplingDiagnoser(string profileFolder, Func<BenchmarkCase, bool> takesCensus) : IDiagnoser
{
    private readonly RetainedTypesProbe census = new(takesCensus);
    private readonly Dictionary<BenchmarkCase, AllocationSamplingSession> sessions = [];
    private readonly Dictionary<BenchmarkCase, (string Path, SamplingEvent Event)> traces = [];
    private readonly List<string> written = [];

    public IEnumerable<string> Ids => [nameof(AllocationSamplingDiagnoser)];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    /// <summary>The profile files written so far.</summary>
    public IReadOnlyList<string> Written => written;

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    // The benchmark process waits for the host to handle each signal, so the session covers exactly the
    // measured iterations.
    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        switch (signal)
        {
            case HostSignal.BeforeAnythingElse:
                census.BeforeAnythingElse(parameters.BenchmarkCase, parameters.Process.Id);
                break;
            case HostSignal.BeforeActualRun:
                // The snapshot first: its own session's work must not land in the allocation samples.
                census.BeforeActualRun(parameters.BenchmarkCase, parameters.Process.Id);
                Directory.CreateDirectory(profileFolder);
                var trace = Path.Combine(profileFolder, $"{Guid.NewGuid():N}.nettrace");
                var samplingEvent = RuntimeSamplingEvent.OfTargetFramework(parameters.BenchmarkCase.GetRuntime().MsBuildMoniker);
                traces[parameters.BenchmarkCase] = (trace, samplingEvent);
                sessions[parameters.BenchmarkCase] = AllocationSamplingSession.Start(parameters.Process.Id, trace, samplingEvent);
                break;
            case HostSignal.AfterActualRun when sessions.Remove(parameters.BenchmarkCase, out var session):
                using (session)
                {
                    session.Stop();
                }

                census.AfterActualRun(parameters.BenchmarkCase, parameters.Process.Id);
                break;
        }
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (!traces.Remove(results.BenchmarkCase, out var trace))
        {
            return [];
        }

        try
        {
            // The session saw the measured iterations only; results.TotalOperations also counts the warm-up.
            var run = results.BenchmarkCase.Job.Run;
            var operations = run.InvocationCount * (long)run.IterationCount;
            if (operations > 0)
            {
                var samples = NettraceSamples.Read(trace.Path, trace.Event);
                var benchmark = AttributionKey.Of(results.BenchmarkCase);
                var profile = AllocationProfiler.Build(benchmark, [.. samples], operations, trace.Event) with
                {
                    Retained = census.Result(results.BenchmarkCase, operations),
                };
                written.Add(AllocationProfileStore.Write(profileFolder, profile, SpeedscopeWriter.ToJson(benchmark, samples, operations)));
            }
        }
        finally
        {
            File.Delete(trace.Path);
        }

        return [];
    }

    public void DisplayResults(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (census.Censused > 0)
        {
            logger.WriteLineInfo(
                $"Retained types measured for {census.Censused} benchmark case(s): heap snapshots took {census.Elapsed.TotalSeconds:0.0} s, " +
                $"{census.Elapsed.TotalSeconds / census.Censused:0.0} s each on average.");
        }

        foreach (var failure in census.Failures)
        {
            logger.WriteLineError($"Retained types not measured for {failure}");
        }

        // BenchmarkDotNet calls this after every summary, one per benchmark type: each tells only its own cases.
        census.ResetTally();
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];
}
