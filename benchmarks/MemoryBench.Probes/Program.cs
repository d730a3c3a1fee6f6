using System.Globalization;
using BenchmarkDotNet.Running;
using MemoryBench.Benchmarks.Configuration;
using MemoryBench.Benchmarks.Harness;
using MemoryBench.Benchmarks.Leaks;
using MemoryBench.Comparison;
using MemoryBench.Probes.Lumps;

// Usage: MemoryBench.Probes retained [runs] [suite]: each probe (or each suite benchmark) measured that many times here.
if (args is ["retained", ..])
{
    var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
    RetainedProbes.Run(args is [_, _, "suite"] ? SuiteCatalog.Types : [typeof(GrowingCollections), typeof(OneTimeGrowth)], runs);
    return 0;
}

// Otherwise BenchmarkDotNet's command line, under the suite's configuration (fast job, Retained/op, full JSON export).
BenchmarkSwitcher.FromAssembly(typeof(RetainedProbes).Assembly).Run(args, SuiteConfig.Create("results/probes", args));
return 0;

/// <summary>Measures Retained/op of every probe case several times and prints the range and how often it was a leak.</summary>
internal static class RetainedProbes
{
    public static void Run(IEnumerable<Type> types, int runs)
    {
        var tolerance = Thresholds.Default.RetainedBytesTolerance;
        Console.WriteLine($"| case | runs | leaks (> {tolerance} B/op and 3 SE) | Retained/op min-max | median estimate min-max | span estimate min-max | ms per run |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var benchmarkCase in types.SelectMany(type => BenchmarkConverter.TypeToBenchmarks(type).BenchmarksCases))
        {
            var reports = new List<RetainedMemoryReport>();
            for (var run = 0; run < runs; run++)
            {
                reports.Add(RetainedMemoryMeasurement.Measure(benchmarkCase, RetainedMemoryOptions.Default));
            }

            var leaks = reports.Count(report => RetainedSignificance.Retains(report.Retained, tolerance));
            Console.WriteLine(
                $"| {benchmarkCase.Descriptor.WorkloadMethod.Name} | {runs} | {leaks} | " +
                $"{Range(reports.Select(report => report.Retained.BytesPerOperation))} | " +
                $"{Range(reports.Select(report => report.Estimates.BatchMedian.BytesPerOperation))} | " +
                $"{Range(reports.Select(report => report.Estimates.SpanGrowth.BytesPerOperation))} | " +
                $"{reports.Average(report => report.Elapsed.TotalMilliseconds):0} |");
            foreach (var report in reports.Where(_ => Environment.GetEnvironmentVariable("PROBES_VERBOSE") == "1"))
            {
                Console.WriteLine($"    {report.Estimates} first {report.FirstBatchOperations}: {string.Join(' ', report.Samples.Select(s => s.SurvivingBytes))}");
            }
        }
    }

    private static string Range(IEnumerable<double> values)
    {
        var all = values.ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{all.Min():0.0}-{all.Max():0.0}");
    }
}
