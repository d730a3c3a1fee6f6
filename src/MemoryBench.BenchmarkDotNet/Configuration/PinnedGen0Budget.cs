using System.Globalization;
using BenchmarkDotNet.Jobs;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// The gen0 budget every job of the suite runs under, so Gen0/1/2 counts per 1,000 operations are the
/// same figures on every machine (see the README's "GC counts on every machine" for the choice).
/// </summary>
/// <remarks>
/// Workstation GC otherwise sizes gen0 from the processor's cache: three machines of one kind measured
/// 2, 4 and about 18 MiB, and the same code's Gen0 rate followed. .NET 10 honours
/// <c>DOTNET_GCgen0size</c> (a hexadecimal byte count) as the smallest gen0 budget and raises the largest
/// to it when it is above the GC's own ceiling of 6 MiB, so any value from 6 MiB up fixes the budget
/// whatever survives. <c>DOTNET_GCgen0MaxBudget</c> was measured to have no effect on .NET 10 and is not set.
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
