namespace MemoryBench.Gate;

/// <summary>BenchmarkDotNet's commands that run no benchmark: a run given one of them leaves the run folder alone.</summary>
internal static class BenchmarkDotNetCommands
{
    /// <summary>Whether <paramref name="arguments"/> ask BenchmarkDotNet for <c>--list</c>, <c>--help</c>, <c>--info</c> or <c>--version</c>.</summary>
    public static bool RunNoBenchmark(IEnumerable<string> arguments) =>
        arguments.Any(argument => argument is "--list" or "--help" or "-h" or "-?" or "--info" or "--version");
}
