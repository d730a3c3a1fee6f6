using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace ExportFixtures.Diagnosers;

/// <summary>
/// Puts retained-memory metrics into the export the way MemoryBench's leak diagnoser does (same
/// descriptor ids), with fixed values: the fixture proves the reader, not the measurement.
/// </summary>
public sealed class RetainedMemoryStandIn : IDiagnoser
{
    public const double BytesPerOperation = 24;
    public const double StandardErrorBytes = 0.5;

    public IEnumerable<string> Ids => ["RetainedMemoryStandIn"];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public bool RequiresBlockingAcknowledgments(BenchmarkCase benchmarkCase) => false;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        // Nothing to observe: the values are fixed.
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results) =>
    [
        new Metric(new Descriptor("RetainedBytesPerOperation", "Retained/op"), BytesPerOperation),
        new Metric(new Descriptor("RetainedBytesPerOperationStandardError", "Retained/op SE"), StandardErrorBytes),
    ];

    public void DisplayResults(ILogger logger)
    {
        // The metrics reach the summary table and the export; nothing else to show.
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    private sealed class Descriptor(string id, string displayName) : IMetricDescriptor
    {
        public string Id => id;

        public string DisplayName => displayName;

        public string Legend => "Bytes retained per operation (fixture stand-in)";

        public string NumberFormat => "0.##";

        public UnitType UnitType => UnitType.Size;

        public string Unit => "B";

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => 0;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
