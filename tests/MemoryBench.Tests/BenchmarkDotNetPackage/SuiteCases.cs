using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Benchmarks.Harness;

namespace MemoryBench.Tests.BenchmarkDotNetPackage;

/// <summary>
/// The suite's benchmark cases as its runner would run them for a command line: the runner's arguments, then
/// BenchmarkSwitcher's config united with the command line's, then each type's own attributes
/// (<c>[assembly: MemoryBenchConfig]</c> in the suite).
/// </summary>
internal static class SuiteCases
{
    public static BenchmarkCase[] For(params string[] commandLine)
    {
        var options = RunnerCommandLine.Parse(commandLine, out var error) ?? throw new AssertFailedException(error ?? "the runner rejected its arguments");
        var arguments = options.BenchmarkDotNetArguments.ToArray();
        var global = ManualConfig.CreateEmpty();
        var (parsed, fromCommandLine, _) = ConfigParser.Parse(arguments, NullLogger.Instance, global);
        Assert.IsTrue(parsed, string.Join(' ', arguments));
        var config = ManualConfig.Union(global, fromCommandLine);
        return [.. SuiteCatalog.Types.SelectMany(t => BenchmarkConverter.TypeToBenchmarks(t, config).BenchmarksCases)];
    }
}
