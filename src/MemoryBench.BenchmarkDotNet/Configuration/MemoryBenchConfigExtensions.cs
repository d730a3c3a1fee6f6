using BenchmarkDotNet.Configs;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>MemoryBench for a project that builds its own BenchmarkDotNet config.</summary>
public static class MemoryBenchConfigExtensions
{
    /// <summary>
    /// Adds what <see cref="MemoryBenchConfigAttribute"/> adds: the fast memory job (as the default job, so jobs of
    /// the config or the command line replace it), the memory and retained-memory diagnosers, a categories column and
    /// MemoryBench's full JSON export.
    /// </summary>
    /// <returns>The same config, for chaining.</returns>
    public static ManualConfig AddMemoryBench(this ManualConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return MemoryBenchConfiguration.AddTo(config, MemoryBenchConfiguration.ProcessCommandLine());
    }
}
