using BenchmarkDotNet.Toolchains;
using BenchmarkDotNet.Toolchains.CsProj;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// BenchmarkDotNet's toolchain for the runtime this process runs on, with <see cref="IncrementalBuilder"/> and the
/// generated project kept between runs (<see cref="KeptBuildGenerator"/>).
/// </summary>
internal static class IncrementalToolchain
{
    // One instance for the process: BenchmarkDotNet builds one generated project per distinct toolchain (it compares
    // them by reference), and every benchmark class gets its own config, so a toolchain made per config cost every
    // class a build of its own.
    private static readonly IToolchain? Current = Environment.Version.Major switch
    {
        8 => With(CsProjCoreToolchain.NetCoreApp80),
        9 => With(CsProjCoreToolchain.NetCoreApp90),
        10 => With(CsProjCoreToolchain.NetCoreApp10_0),
        _ => null,
    };

    /// <summary>The toolchain, or null on a runtime MemoryBench's packages do not target (BenchmarkDotNet then chooses).</summary>
    public static IToolchain? ForCurrentRuntime() => Current;

    private static Toolchain With(IToolchain standard) =>
        new(standard.Name, new KeptBuildGenerator(standard.Generator), new IncrementalBuilder(standard.Builder), standard.Executor);
}
