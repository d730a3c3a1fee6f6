using MemoryBench.Gate;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>What the runner was asked to do; everything it does not know goes to BenchmarkDotNet.</summary>
/// <param name="ArtifactsPath">The run folder (BenchmarkDotNet's --artifacts, which the runner also reads).</param>
/// <param name="BaselinePath">The baseline file to compare with.</param>
/// <param name="BudgetsPath">A budgets file for the comparison; null for none (attribute budgets always apply).</param>
/// <param name="NativeMemory">Add BenchmarkDotNet's NativeMemoryProfiler (Windows only).</param>
/// <param name="BenchmarkDotNetArguments">Passed through to BenchmarkDotNet, --artifacts included.</param>
internal sealed record RunnerOptions(
    string ArtifactsPath,
    string BaselinePath,
    string? BudgetsPath,
    bool NativeMemory,
    IReadOnlyList<string> BenchmarkDotNetArguments)
{
    /// <summary>
    /// False for BenchmarkDotNet's commands that run no benchmark (<c>--list</c>, <c>--help</c>, <c>--info</c>,
    /// <c>--version</c>): they leave the run folder alone, even while another run is writing there.
    /// </summary>
    public bool MayRunBenchmarks => !BenchmarkDotNetCommands.RunNoBenchmark(BenchmarkDotNetArguments);

    /// <summary>
    /// What allocation attribution the command line asks for; null when it does not, and the environment's
    /// <see cref="AttributionSetting"/> (or its default) stands.
    /// </summary>
    public MemoryBench.Attribution.AttributionMode? Attribution { get; init; }
}
