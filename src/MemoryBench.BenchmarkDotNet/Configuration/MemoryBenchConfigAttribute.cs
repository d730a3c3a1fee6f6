using BenchmarkDotNet.Configs;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Everything MemoryBench measures and compares, on one benchmark class (or, as <c>[assembly: MemoryBenchConfig]</c>, on
/// every class of the project): the fast memory job with a pinned gen0 budget, <c>[MemoryDiagnoser]</c>,
/// <c>[RetainedMemoryDiagnoser]</c> (Retained/op), a categories column, and the full JSON export with what the
/// comparison needs (categories, the baseline of each pair, <c>[MemoryBudget]</c>s, the GC mode, the run's selection).
/// </summary>
/// <remarks>
/// A job chosen on the command line (<c>--job short</c>) or declared on the class replaces the fast job.
/// Do not add BenchmarkDotNet's own <c>JsonExporter.Full</c> as well: it writes the same file without MemoryBench's part.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class MemoryBenchConfigAttribute : Attribute, IConfigSource
{
    /// <summary>The configuration BenchmarkDotNet unites with the rest.</summary>
    public IConfig Config { get; } =
        MemoryBenchConfiguration.AddTo(ManualConfig.CreateEmpty(), MemoryBenchConfiguration.ProcessCommandLine());
}
