using System.Collections;
using MemoryBench.Gate;

namespace MemoryBench.Cli.Commands;

/// <summary>
/// The environment variables the command line reads, given to it rather than read from the process, so that callers in
/// one process (tests run in parallel) each give their own.
/// </summary>
/// <param name="Variables">The variables by name.</param>
public sealed record CommandEnvironment(IReadOnlyDictionary<string, string?> Variables)
{
    /// <summary>No variables at all.</summary>
    public static CommandEnvironment None { get; } = new(new Dictionary<string, string?>());

    /// <summary>The job summary file GitHub Actions names; null outside GitHub Actions.</summary>
    public string? JobSummaryPath => Variables.GetValueOrDefault(JobSummary.Variable) is { Length: > 0 } path ? path : null;

    /// <summary>This process's variables.</summary>
    public static CommandEnvironment OfThisProcess() => new(
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(
            variable => (string)variable.Key,
            variable => (string?)variable.Value,
            OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal));
}
