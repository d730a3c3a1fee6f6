using BenchmarkDotNet.Attributes;
using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.Model;
using MemoryBench.Report;
using MemoryBench.Tool.Benchmarks.Synthetic;

namespace MemoryBench.Tool.Benchmarks.Scenarios;

/// <summary>The pure core at scale: judging 10,000 benchmarks, the markdown report of that comparison, and both in a row.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ComparingTenThousand
{
    private RunResults baseline = null!;
    private RunResults current = null!;
    private ComparisonResult comparison = null!;

    [GlobalSetup]
    public void CreateRuns()
    {
        baseline = TenThousandBenchmarks.Baseline();
        current = TenThousandBenchmarks.Current(baseline);
        comparison = TenThousandBenchmarks.Checked(Compare());
    }

    [Benchmark]
    public ComparisonResult Compare() => Comparer.Compare(baseline, current, BudgetSet.Empty, Thresholds.Default);

    [Benchmark]
    public string RenderMarkdown() => MarkdownReport.Render(comparison);

    [Benchmark]
    public string CompareAndRender() => MarkdownReport.Render(Compare());
}
