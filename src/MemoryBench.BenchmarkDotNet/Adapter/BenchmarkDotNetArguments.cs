using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Loggers;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Whether BenchmarkDotNet takes its command line. BenchmarkSwitcher prints a rejected option's error and returns no
/// summary, as it does for --help and --list: a run that measured nothing would look like one that passed.
/// </summary>
internal static class BenchmarkDotNetArguments
{
    // CommandLineParser, which BenchmarkDotNet's ConfigParser uses, heads its errors so; help and version have no errors.
    private const string ErrorsHeading = "ERROR(S):";

    /// <summary>The errors BenchmarkDotNet finds in <paramref name="arguments"/>, one a line; null when it takes them.</summary>
    public static string? Errors(IReadOnlyList<string> arguments, IConfig config)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var logger = new AccumulationLogger();
        var (isSuccess, _, _) = ConfigParser.Parse([.. arguments], logger, config);
        var log = logger.GetLog().ReplaceLineEndings("\n");
        var heading = log.IndexOf(ErrorsHeading, StringComparison.Ordinal);
        if (isSuccess || heading < 0)
        {
            return null;
        }

        var errors = log[(heading + ErrorsHeading.Length)..]
            .Split('\n')
            .Skip(1)
            .TakeWhile(line => line.StartsWith(' '))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0);
        return string.Join(Environment.NewLine, errors);
    }
}
