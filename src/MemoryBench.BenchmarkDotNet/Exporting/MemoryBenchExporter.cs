using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;
using MemoryBench.Model;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// BenchmarkDotNet's full JSON export (<c>*-report-full.json</c>, read by any tool that reads it) with a "MemoryBench"
/// object added to the run and to every benchmark: what the comparison needs and BenchmarkDotNet's export leaves out.
/// </summary>
/// <param name="selection">What the run set out to measure.</param>
internal sealed class MemoryBenchExporter(Func<RunSelection> selection) : JsonExporterBase(indentJson: true, excludeMeasurements: false)
{
    /// <summary>Records the selection this process's command line and environment make (<see cref="RunFacts.FromProcess"/>).</summary>
    public static MemoryBenchExporter Default { get; } = new(RunFacts.FromProcess);

    /// <summary>BenchmarkDotNet's full export's suffix: the same file name, so readers of BenchmarkDotNet exports find it.</summary>
    protected override string FileNameSuffix => "-full";

    protected override IReadOnlyDictionary<string, object> GetDataToSerialize(Summary summary) =>
        new Dictionary<string, object>(base.GetDataToSerialize(summary))
        {
            [RunFacts.PropertyName] = RunFacts.Of(selection()),
        };

    protected override IReadOnlyDictionary<string, object> GetDataToSerialize(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new Dictionary<string, object>(base.GetDataToSerialize(report))
        {
            [RunFacts.PropertyName] = BenchmarkFacts.Of(report.BenchmarkCase),
        };
    }
}
