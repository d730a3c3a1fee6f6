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
/// then writes its allocation profile and a speedscope file into <paramref name="profileFolder"/>.
/// </summary>
/// <param name="profileFolder">The run folder's allocations folder.</param>
internal sealed class AllocationSamplingDiagnoser(string profileFolder) : IDiagnoser
{
    private readonly Dictionary<BenchmarkCase, AllocationSamplingSession> sessions = [];
    private readonly Dictionary<BenchmarkCase, string> traces = [];
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
            case HostSignal.BeforeActualRun:
                Directory.CreateDirectory(profileFolder);
                var trace = Path.Combine(profileFolder, $"{Guid.NewGuid():N}.nettrace");
                traces[parameters.BenchmarkCase] = trace;
                sessions[parameters.BenchmarkCase] = AllocationSamplingSession.Start(parameters.Process.Id, trace);
                break;
            case HostSignal.AfterActualRun when sessions.Remove(parameters.BenchmarkCase, out var session):
                using (session)
                {
                    session.Stop();
                }

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
                var samples = NettraceSamples.Read(trace);
                var benchmark = AttributionKey.Of(results.BenchmarkCase);
                var profile = AllocationProfiler.Build(benchmark, [.. samples], operations);
                written.Add(AllocationProfileStore.Write(profileFolder, profile, SpeedscopeWriter.ToJson(benchmark, samples, operations)));
            }
        }
        finally
        {
            File.Delete(trace);
        }

        return [];
    }

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];
}
