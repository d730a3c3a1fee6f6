using System.Diagnostics;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using MemoryBench.Attribution;
using MemoryBench.Leaks;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Host side of allocation attribution, in the run that counts: asks each benchmark process to sample the allocations
/// of its counting stage (<see cref="ProfileRequest"/>, <see cref="CountedSpanSampling"/>), then reads the trace it
/// left and writes the benchmark's allocation profile and speedscope file into the run folder's allocations folder.
/// For a benchmark whose Retained/op says it keeps memory (or every one, under <c>all</c>), heap snapshots around
/// BenchmarkDotNet's measured iterations add what it keeps alive, by type (<see cref="RetainedTypesProbe"/>).
/// </summary>
internal sealed class AllocationProfileDiagnoser : IDiagnoser
{
    private readonly RetainedMemoryDiagnoser retained;
    private readonly Func<AttributionMode> mode;
    private readonly Dictionary<BenchmarkCase, List<(int ProcessId, string Stem)>> requests = [];
    private readonly Dictionary<BenchmarkCase, AttributionMode> modes = [];
    private readonly List<string> failures = [];
    private readonly RetainedTypesProbe census;
    private int profiled;
    private TimeSpan reading;

    /// <param name="retained">The Retained/op measurement the snapshots are chosen by.</param>
    /// <param name="mode">Reads the attribution mode (<see cref="AttributionSetting"/>) when a benchmark process starts.</param>
    public AllocationProfileDiagnoser(RetainedMemoryDiagnoser retained, Func<AttributionMode> mode)
    {
        this.retained = retained;
        this.mode = mode;
        census = new RetainedTypesProbe(TakesCensus);
    }

    public AllocationProfileDiagnoser(RetainedMemoryDiagnoser retained)
        : this(retained, AttributionSetting.Current)
    {
    }

    /// <summary>The one instance the config adds, whatever the number of classes that carry the attribute.</summary>
    public static AllocationProfileDiagnoser Shared { get; } = new(RetainedMemoryDiagnoser.Shared);

    public IEnumerable<string> Ids => [nameof(AllocationProfileDiagnoser)];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    // The benchmark process waits for the host to handle each signal: the request is there before it counts.
    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var benchmarkCase = parameters.BenchmarkCase;
        switch (signal)
        {
            case HostSignal.BeforeAnythingElse:
                var chosen = modes[benchmarkCase] = mode();
                if (chosen == AttributionMode.None)
                {
                    return;
                }

                var folder = AllocationProfileStore.FolderOf(parameters.Config.ArtifactsPath);
                Directory.CreateDirectory(folder);
                var stem = Path.Combine(folder, $"{Guid.NewGuid():N}");
                ProfileRequest.Write(parameters.Process.Id, stem);
                if (!requests.TryGetValue(benchmarkCase, out var launches))
                {
                    requests[benchmarkCase] = launches = [];
                }

                launches.Add((parameters.Process.Id, stem));
                census.BeforeAnythingElse(benchmarkCase, parameters.Process.Id);
                break;
            case HostSignal.BeforeActualRun:
                census.BeforeActualRun(benchmarkCase, parameters.Process.Id);
                break;
            case HostSignal.AfterActualRun:
                census.AfterActualRun(benchmarkCase, parameters.Process.Id);
                break;
        }
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (!requests.Remove(results.BenchmarkCase, out var launches))
        {
            return [];
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            // Every launch left its own trace; the last launch's is the one whose figures BenchmarkDotNet reports.
            var stem = launches[^1].Stem;
            if (File.Exists(stem + ProfileRequest.SpanExtension))
            {
                Write(results, stem);
            }
            else
            {
                census.Result(results.BenchmarkCase, 0);
                failures.Add($"{results.BenchmarkCase.DisplayInfo}: no allocation profile, its job runs no counting stage (a job of the command line, or one that fixes the invocation count)");
            }
        }
        catch (Exception error) when (error is IOException or FormatException or InvalidOperationException or UnauthorizedAccessException)
        {
            failures.Add($"{results.BenchmarkCase.DisplayInfo}: {error.GetType().Name}: {error.Message}");
        }
        finally
        {
            foreach (var (processId, stem) in launches)
            {
                ProfileRequest.Withdraw(processId);
                File.Delete(stem + ProfileRequest.TraceExtension);
                File.Delete(stem + ProfileRequest.SpanExtension);
            }

            reading += Stopwatch.GetElapsedTime(started);
        }

        return [];
    }

    public void DisplayResults(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (profiled > 0)
        {
            logger.WriteLineInfo(
                $"Allocation profiles of the counted spans written for {profiled} benchmark case(s): reading their traces took {reading.TotalSeconds:0.0} s, " +
                $"{reading.TotalMilliseconds / profiled:0} ms each on average.");
        }

        if (census.Censused > 0)
        {
            logger.WriteLineInfo(
                $"Retained types measured for {census.Censused} benchmark case(s): heap snapshots took {census.Elapsed.TotalSeconds:0.0} s, " +
                $"{census.Elapsed.TotalSeconds / census.Censused:0.0} s each on average.");
        }

        foreach (var failure in failures.Concat(census.Failures))
        {
            logger.WriteLineError($"Allocation attribution: {failure}");
        }

        // BenchmarkDotNet calls this after every summary, one per benchmark type: each tells only its own cases.
        profiled = 0;
        reading = TimeSpan.Zero;
        failures.Clear();
        census.ResetTally();
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    private void Write(DiagnoserResults results, string stem)
    {
        var span = SampledSpan.Read(stem + ProfileRequest.SpanExtension);
        if (span.Operations <= 0)
        {
            return;
        }

        var samples = NettraceSamples.Read(stem + ProfileRequest.TraceExtension, span.SampledBy, span.Contains);
        var benchmark = AttributionKey.Of(results.BenchmarkCase);
        var profile = AllocationProfiler.Build(benchmark, [.. samples], span.Operations, span.SampledBy) with
        {
            CountedBytesPerOperation = span.AllocatedBytes / (double)span.Operations,
            Retained = census.Result(results.BenchmarkCase, MeasuredOperations(results)),
        };
        AllocationProfileStore.Write(
            AllocationProfileStore.FolderOf(results.BenchmarkCase.Config.ArtifactsPath), profile, SpeedscopeWriter.ToJson(benchmark, samples, span.Operations));
        profiled++;
    }

    // The snapshots bracket BenchmarkDotNet's measured iterations.
    private static long MeasuredOperations(DiagnoserResults results) =>
        results.Measurements.Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual).Sum(m => m.Operations);

    // Snapshots cost a second or two: they are taken for a benchmark whose own Retained/op, measured in this process
    // before its benchmark process runs, says it keeps memory, or for every one under "all".
    private bool TakesCensus(BenchmarkCase benchmarkCase) =>
        modes.GetValueOrDefault(benchmarkCase) switch
        {
            AttributionMode.All => true,
            AttributionMode.Failing => retained.MeasureOnce(benchmarkCase)?.Retained is { } kept
                && kept.BytesPerOperation >= RetainedTypeGrowth.MinimumBytesPerOperation
                && kept.BytesPerOperation > 2 * kept.StandardErrorBytes,
            _ => false,
        };
}
