using BenchmarkDotNet.Attributes;
using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.Reading;
using MemoryBench.Report;
using MemoryBench.Tool.Benchmarks.Synthetic;

namespace MemoryBench.Tool.Benchmarks.Scenarios;

/// <summary>
/// What <c>memorybench compare --baseline results/baseline.json --current results/latest --markdown ...</c> does for
/// 10,000 benchmarks, short of writing the report: read the baseline file and the run's export, compare, render.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CompareCommandTenThousand
{
    private string folder = null!;
    private string baselineFile = null!;
    private string export = null!;

    [GlobalSetup]
    public void WriteFiles()
    {
        folder = Directory.CreateTempSubdirectory("memorybench-tool-benchmarks-").FullName;
        baselineFile = Path.Combine(folder, "baseline.json");
        export = Path.Combine(folder, $"{SyntheticSuite.Namespace}-report-full.json");
        var baseline = TenThousandBenchmarks.Baseline();
        BaselineStore.Write(baselineFile, baseline);
        ExportFile.Write(export, TenThousandBenchmarks.Current(baseline));
        TenThousandBenchmarks.Checked(Compare());
    }

    [GlobalCleanup]
    public void DeleteFiles() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public string ReadCompareAndRender() => MarkdownReport.Render(Compare());

    private ComparisonResult Compare() =>
        Comparer.Compare(ResultsReader.Read(baselineFile), BenchmarkDotNetReader.Read(export), BudgetSet.Empty, Thresholds.Default);
}
