using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Adds "Retained/op" to every benchmark: when BenchmarkDotNet starts a case's process, the case is run here, in the
/// host process (which has the benchmark assembly loaded), by <see cref="RetainedMemoryMeasurement"/>; the figure
/// is reported with the case's results. Measuring it first lets allocation attribution choose, before the benchmark
/// process runs, which cases get heap snapshots (<see cref="AllocationProfileDiagnoser"/>).
/// </summary>
/// <remarks>
/// The measurement runs on the host's runtime and GC settings, not the job's; the figure is a property of the code,
/// and one runtime is enough to find what it keeps.
/// </remarks>
internal sealed class RetainedMemoryDiagnoser(RetainedMemoryOptions options) : IDiagnoser
{
    /// <summary>
    /// The one instance the attributes and the config add, so a class with both <c>[MemoryBenchConfig]</c> and
    /// <c>[RetainedMemoryDiagnoser]</c> measures once.
    /// </summary>
    public static RetainedMemoryDiagnoser Shared { get; } = new();

    private readonly List<(BenchmarkCase Case, RetainedMemoryReport Report)> measured = [];
    private readonly List<(BenchmarkCase Case, Exception Error)> failed = [];
    private readonly Dictionary<BenchmarkCase, RetainedMemoryReport?> measuredEarly = [];

    public RetainedMemoryDiagnoser()
        : this(RetainedMemoryOptions.Default)
    {
    }

    public IEnumerable<string> Ids => [nameof(RetainedMemoryDiagnoser)];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    // NoOverhead: BenchmarkDotNet calls ProcessResults once per case, after the last launch, with no extra run.
    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    // Nothing happens in the benchmark process: the measurement is made here while it waits to start.
    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (signal == HostSignal.BeforeAnythingElse)
        {
            MeasureOnce(parameters.BenchmarkCase);
        }
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return measuredEarly.Remove(results.BenchmarkCase, out var report)
            ? report is null ? [] : MetricsOf(report)
            : Measure(results.BenchmarkCase);
    }

    /// <summary>Measures one case here and now; what BenchmarkDotNet gets for it once it has run it.</summary>
    public IEnumerable<Metric> Measure(BenchmarkCase benchmarkCase) => Run(benchmarkCase) is { } report ? MetricsOf(report) : [];

    /// <summary>The case's measurement, made on the first call and kept until its results are reported; null when it failed.</summary>
    public RetainedMemoryReport? MeasureOnce(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (!measuredEarly.TryGetValue(benchmarkCase, out var report))
        {
            measuredEarly[benchmarkCase] = report = Run(benchmarkCase);
        }

        return report;
    }

    private RetainedMemoryReport? Run(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        try
        {
            var report = RetainedMemoryMeasurement.Measure(benchmarkCase, options);
            measured.Add((benchmarkCase, report));
            return report;
        }
#pragma warning disable CA1031 // The benchmark's own code runs here: whatever it throws must not end the run; it is reported in DisplayResults.
        catch (Exception error)
#pragma warning restore CA1031
        {
            failed.Add((benchmarkCase, error));
            return null;
        }
    }

    public static IEnumerable<Metric> MetricsOf(RetainedMemoryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            new Metric(RetainedBytesPerOperationDescriptor.Instance, report.Retained.BytesPerOperation),
            new Metric(RetainedBytesPerOperationStandardErrorDescriptor.Instance, report.Retained.StandardErrorBytes),
            new Metric(RetainedEstimateDescriptor.BatchMedian, report.Estimates.BatchMedian.BytesPerOperation),
            new Metric(RetainedEstimateDescriptor.BatchMedianStandardError, report.Estimates.BatchMedian.StandardErrorBytes),
            new Metric(RetainedEstimateDescriptor.SpanGrowth, report.Estimates.SpanGrowth.BytesPerOperation),
            new Metric(RetainedEstimateDescriptor.SpanGrowthStandardError, report.Estimates.SpanGrowth.StandardErrorBytes),
        ];
    }

    public void DisplayResults(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (measured.Count > 0)
        {
            var total = TimeSpan.FromTicks(measured.Sum(entry => entry.Report.Elapsed.Ticks));
            var slowest = measured.MaxBy(entry => entry.Report.Elapsed);
            logger.WriteLineInfo(
                $"Retained memory measured for {measured.Count} benchmark case(s) in {total.TotalSeconds:0.0} s, " +
                $"{total.TotalMilliseconds / measured.Count:0} ms each on average; slowest {slowest.Report.Elapsed.TotalMilliseconds:0} ms " +
                $"({slowest.Case.DisplayInfo}).");
        }

        foreach (var (benchmarkCase, error) in failed)
        {
            logger.WriteLineError($"Retained memory not measured for {benchmarkCase.DisplayInfo}: {error.GetType().Name}: {error.Message}");
        }

        // BenchmarkDotNet calls this after every summary, one per benchmark type: each tells only its own cases.
        measured.Clear();
        failed.Clear();
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];
}
