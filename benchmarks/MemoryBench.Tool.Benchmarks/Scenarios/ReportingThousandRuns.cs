using BenchmarkDotNet.Attributes;
using MemoryBench.Comparison;
using MemoryBench.History;
using MemoryBench.History.Analysis;
using MemoryBench.History.ChangePoints;
using MemoryBench.History.Rendering;
using MemoryBench.History.Store;
using MemoryBench.Model;
using MemoryBench.Tool.Benchmarks.Synthetic;

namespace MemoryBench.Tool.Benchmarks.Scenarios;

/// <summary>
/// What <c>memorybench history report --html --markdown</c> does with 1,000 runs of 500 benchmarks, short of writing the
/// two files: read every run file, find the change points of every figure, render the markdown and the page. One
/// benchmark in ten creeps by 4 B/op every 100 runs; the others jitter by a byte now and then.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ReportingThousandRuns
{
    public const int Runs = 1_000;
    public const int Benchmarks = 500;

    private string folder = null!;

    [GlobalSetup]
    public void WriteHistory()
    {
        folder = Path.Combine(Directory.CreateTempSubdirectory("memorybench-history-benchmarks-").FullName, "history");
        var suite = SyntheticSuite.Baseline(Benchmarks);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var run = 0; run < Runs; run++)
        {
            var figures = new Dictionary<BenchmarkId, HistoryFigures>(Benchmarks);
            for (var i = 0; i < suite.Benchmarks.Length; i++)
            {
                var memory = suite.Benchmarks[i].Memory!;
                var creep = i % 10 == 0 ? 4 * (run / 100) : 0;
                var jitter = (run * 7919 + i * 104729) % 23 == 0 ? 1 : 0;
                figures[suite.Benchmarks[i].Id] = new HistoryFigures(
                    memory with { BytesAllocatedPerOperation = memory.BytesAllocatedPerOperation + creep + jitter, Gen0Collections = memory.Gen0Collections + (run % 3) },
                    null);
            }

            HistoryStore.Add(folder, new HistoryRun($"{run:x8}", start.AddHours(run), suite.Environment, figures));
        }
    }

    [GlobalCleanup]
    public void DeleteHistory() => Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);

    [Benchmark]
    public int Read() => HistoryStore.Read(folder).Runs.Length;

    [Benchmark]
    public int ReadAnalyseAndRender()
    {
        var analysis = HistoryAnalysis.Of(HistoryStore.Read(folder), Thresholds.Default, DetectionSettings.Default);
        return HistoryMarkdown.Render(analysis, recentRuns: 50).Length + HistoryPage.Render(analysis, recentRuns: null).Length;
    }
}
