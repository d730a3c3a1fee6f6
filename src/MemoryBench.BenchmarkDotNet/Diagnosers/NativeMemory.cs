using BenchmarkDotNet.Configs;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// BenchmarkDotNet's NativeMemoryProfiler reads ETW events, so it exists only on Windows; the
/// package that carries it is referenced only when building on Windows (see the project file).
/// </summary>
internal static class NativeMemory
{
    /// <summary>Adds the profiler where it can run; elsewhere says why not and leaves the config as it is.</summary>
    public static ManualConfig Apply(ManualConfig config, TextWriter console)
    {
#if WINDOWS_DIAGNOSTICS
        if (OperatingSystem.IsWindows())
        {
            return config.AddDiagnoser(new global::BenchmarkDotNet.Diagnostics.Windows.NativeMemoryProfiler());
        }
#endif
        console.WriteLine(
            "--native-memory: NativeMemoryProfiler needs Windows (ETW) and a Windows build of the suite; continuing without it.");
        return config;
    }
}
