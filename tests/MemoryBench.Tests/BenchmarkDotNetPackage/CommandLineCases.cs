using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.Tests.BenchmarkDotNetPackage;

/// <summary>
/// The cases BenchmarkSwitcher makes of <see cref="Plain"/> for a command line given to the runner, under MemoryBench's
/// config as it is made for that command line (the attribute and AddMemoryBench read the process's own command line,
/// which a test cannot set).
/// </summary>
public static class CommandLineCases
{
    internal static BenchmarkCase[] For(params string[] commandLine)
    {
        var options = RunnerCommandLine.Parse(commandLine, out var error) ?? throw new AssertFailedException(error ?? "the runner rejected its arguments");
        var arguments = options.BenchmarkDotNetArguments.ToArray();
        var global = MemoryBenchConfiguration.AddTo(ManualConfig.CreateEmpty(), arguments);
        var (parsed, fromCommandLine, _) = ConfigParser.Parse(arguments, NullLogger.Instance, global);
        Assert.IsTrue(parsed, string.Join(' ', arguments));
        return BenchmarkConverter.TypeToBenchmarks(typeof(Plain), ManualConfig.Union(global, fromCommandLine)).BenchmarksCases;
    }

    public class Plain
    {
        private readonly int result = 1;

        [Benchmark]
        public int Work() => result;
    }
}
