using System.Globalization;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Comparison;

namespace MemoryBench.Probes;

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
                $"| {benchmarkCase.Descriptor.Type.Name}.{benchmarkCase.Descriptor.WorkloadMethod.Name}({benchmarkCase.Parameters.PrintInfo}) | {runs} | {leaks} | " +
                $"{Range(reports.Select(report => report.Retained.BytesPerOperation))} | " +
                $"{Range(reports.Select(report => report.Estimates.BatchMedian.BytesPerOperation))} | " +
                $"{Range(reports.Select(report => report.Estimates.SpanGrowth.BytesPerOperation))} | " +
                $"{reports.Average(report => report.Elapsed.TotalMilliseconds):0} |");
        }
    }

    private static string Range(IEnumerable<double> values)
    {
        var all = values.ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{all.Min():0.0}-{all.Max():0.0}");
    }
}
