using System.Globalization;
using BenchmarkDotNet.Jobs;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// The gen0 budget every job of the suite runs under, so Gen0/1/2 counts per 1,000 operations are the
/// same figures on every machine.
/// </summary>
/// <remarks>
/// Workstation GC otherwise sizes gen0 from the processor's cache, so machines of one kind differ. .NET 10 takes
/// <c>DOTNET_GCgen0size</c> (a hexadecimal byte count) as the smallest gen0 budget, and from the GC's own ceiling up
/// it fixes the budget whatever survives; <c>DOTNET_GCgen0MaxBudget</c> is not set, as it changed nothing. The
/// measurements: docs/measurements.md, "GC counts on every machine".
/// </remarks>
internal static class PinnedGen0Budget
{
    public const string Variable = "DOTNET_GCgen0size";

    /// <summary>8 MiB: the smallest power of two above the GC's 6 MiB ceiling.</summary>
    public const long Bytes = 8 * 1024 * 1024;

    /// <summary>The value as the runtime reads it: hexadecimal.</summary>
    public static string Value { get; } = "0x" + Bytes.ToString("X", CultureInfo.InvariantCulture);

    public static EnvironmentVariable EnvironmentVariable { get; } = new(Variable, Value);

    /// <summary>
    /// BenchmarkDotNet's arguments with the budget added for a job chosen on the command line
    /// (--job short), which runs instead of the fast job: BenchmarkDotNet's --envVars sets it on every such
    /// job and keeps the job's own characteristics. A budget the user set with --envVars stays theirs.
    /// </summary>
    public static string[] ForCommandLineJobs(string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (!MemoryBenchConfiguration.ChoosesJob(arguments) || arguments.Any(a => a.StartsWith(Variable + ":", StringComparison.Ordinal)))
        {
            return arguments;
        }

        var pair = $"{Variable}:{Value}";
        var given = Array.IndexOf(arguments, "--envVars");
        return given < 0 ? [.. arguments, "--envVars", pair] : [.. arguments[..(given + 1)], pair, .. arguments[(given + 1)..]];
    }
}
