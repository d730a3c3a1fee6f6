using BenchmarkDotNet.Running;
using MemoryBench.Reading;
using MemoryBench.Tool.Benchmarks.Synthetic;

// `--write-files <folder>` writes the 10,000-benchmark baseline and export the benchmarks read, so that the whole
// `memorybench compare` process can be timed on them too (docs/measurements.md).
if (args is ["--write-files", var folder])
{
    Directory.CreateDirectory(folder);
    var baseline = TenThousandBenchmarks.Baseline();
    BaselineStore.Write(Path.Combine(folder, "baseline.json"), baseline);
    ExportFile.Write(Path.Combine(folder, $"{SyntheticSuite.Namespace}-report-full.json"), TenThousandBenchmarks.Current(baseline));
    Console.WriteLine($"Wrote {folder}/baseline.json and {folder}/{SyntheticSuite.Namespace}-report-full.json");
    return 0;
}

// Without arguments every benchmark runs; BenchmarkDotNet's own arguments (--filter '*Read*') choose otherwise.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return 0;
