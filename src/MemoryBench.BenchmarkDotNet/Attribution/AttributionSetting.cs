using MemoryBench.Attribution;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// What attribution the host does, from the environment: <c>MEMORYBENCH_ATTRIBUTION</c> = <c>failing</c> (the default:
/// every benchmark's counted span sampled, heap snapshots for those that keep memory), <c>all</c> (heap snapshots for
/// every benchmark too) or <c>none</c> (no sampling, no snapshots). An environment variable because a plain
/// BenchmarkDotNet <c>Program</c> has no option of MemoryBench's; the runner's <c>--attribution</c> sets it.
/// </summary>
internal static class AttributionSetting
{
    public const string Variable = "MEMORYBENCH_ATTRIBUTION";

    /// <summary>The mode the environment asks for; the default for an unset or unknown value.</summary>
    public static AttributionMode Current() =>
        Enum.TryParse<AttributionMode>(Environment.GetEnvironmentVariable(Variable), ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : AttributionMode.Failing;
}
