using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>A tool whose version differs between the run that made the baseline and the current run.</summary>
/// <param name="Tool">"BenchmarkDotNet", "runtime" or "MemoryBench".</param>
/// <param name="Baseline">The baseline's version ("none" for MemoryBench not used).</param>
/// <param name="Current">The current run's version.</param>
internal sealed record VersionChange(string Tool, string Baseline, string Current);

/// <summary>
/// Which of the versions that measured both runs differ: BenchmarkDotNet, the runtime and MemoryBench. A figure that
/// moved across such a change may be the tool's doing, not the code's: BenchmarkDotNet 0.15.2 changed its allocation
/// figures (dotnet/BenchmarkDotNet#2562, #2735), and a runtime's libraries allocate differently from one version to the
/// next. A version that either side does not record is not compared.
/// </summary>
internal static class VersionChanges
{
    private const string Unknown = "unknown";

    public static ImmutableArray<VersionChange> Of(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var changes = ImmutableArray.CreateBuilder<VersionChange>();
        var (baseline, current) = (result.BaselineToolchain, result.CurrentToolchain);
        if (baseline?.BenchmarkDotNet is { } before && current?.BenchmarkDotNet is { } after
            && MemoryBenchVersion.WithoutBuildMetadata(before) != MemoryBenchVersion.WithoutBuildMetadata(after))
        {
            changes.Add(new VersionChange("BenchmarkDotNet", before, after));
        }

        if (result.BaselineEnvironment?.Runtime is { } runtimeBefore and not Unknown
            && result.CurrentEnvironment?.Runtime is { } runtimeAfter and not Unknown
            && runtimeBefore != runtimeAfter)
        {
            changes.Add(new VersionChange("runtime", runtimeBefore, runtimeAfter));
        }

        // MemoryBench is compared by release: between two tags every commit is a pre-release of its own.
        if (baseline is not null && current is not null
            && baseline.MemoryBench is not Unknown && current.MemoryBench is not Unknown
            && Release(baseline.MemoryBench) != Release(current.MemoryBench))
        {
            changes.Add(new VersionChange("MemoryBench", baseline.MemoryBench ?? "none", current.MemoryBench ?? "none"));
        }

        return changes.ToImmutable();
    }

    /// <summary>Whether a benchmark's row shows a change the versions may have made: a regression or an improvement.</summary>
    public static bool CanHaveMoved(BenchmarkComparison benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return benchmark.Verdict is Verdict.Regressed or Verdict.Improved;
    }

    private static string? Release(string? version) => version is null ? null : MemoryBenchVersion.Release(version);
}
