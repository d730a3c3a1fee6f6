using BenchmarkDotNet.Attributes;
using MemoryBench.Model;
using MemoryBench.Reading;
using MemoryBench.Tool.Benchmarks.Synthetic;

namespace MemoryBench.Tool.Benchmarks.Scenarios;

/// <summary>Reading one BenchmarkDotNet full JSON export of 10,000 benchmarks: 181 MB, every benchmark with the 54 measurements the fast job records.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ReadingTenThousand
{
    private string folder = null!;
    private string export = null!;

    [GlobalSetup]
    public void WriteExport()
    {
        folder = Directory.CreateTempSubdirectory("memorybench-tool-benchmarks-").FullName;
        export = Path.Combine(folder, $"{SyntheticSuite.Namespace}-report-full.json");
        ExportFile.Write(export, TenThousandBenchmarks.Current(TenThousandBenchmarks.Baseline()));
        // The benchmark's log keeps the size the figure was measured on.
        Console.WriteLine($"// Export of {TenThousandBenchmarks.Count:N0} benchmarks: {new FileInfo(export).Length:N0} bytes");
    }

    [GlobalCleanup]
    public void DeleteExport() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public RunResults ReadExport() => BenchmarkDotNetReader.Read(export);
}
