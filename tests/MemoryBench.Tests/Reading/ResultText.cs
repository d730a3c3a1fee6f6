using System.Globalization;
using MemoryBench.Model;

namespace MemoryBench.Tests.Reading;

/// <summary>
/// Every field of a result as text. The model's records hold ImmutableArrays, which compare by
/// reference, so equal data read twice is compared through this.
/// </summary>
internal static class ResultText
{
    public static string Of(RunResults results) =>
        $"{results.Environment}\n{results.Toolchain?.ToString() ?? "toolchain unknown"}\n{string.Join("\n", results.Benchmarks.Select(Of))}";

    public static string Of(BenchmarkResult result) => string.Join(
        " | ",
        result.Id,
        result.Name,
        $"[{string.Join(", ", result.Categories)}]",
        $"baseline={result.IsBaseline}",
        result.Memory?.ToString() ?? "memory not measured",
        result.Time is { } time
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"time {time.MeanNanoseconds:R} {time.MedianNanoseconds:R} [{string.Join(", ", time.WorkloadNanosecondsPerOperation.Select(Exact))}]")
            : "no time",
        result.Retained?.ToString() ?? "retained not measured",
        $"failed={result.Failed}",
        result.Budget?.ToString() ?? "no budget");

    private static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
