namespace MemoryBench.Cli.Adapter;

/// <summary>
/// The only BenchmarkDotNet text the gate reads: its flat list of benchmarks and its argument errors. Both are console
/// output, not an interface BenchmarkDotNet keeps stable, so they are read here and nowhere else (BenchmarkDotNet's
/// next release lists as JSON, <c>--list json</c>, which would replace the first).
/// </summary>
internal static class BenchmarkDotNetConsole
{
    // CommandLineParser, which BenchmarkDotNet's ConfigParser uses, heads its errors so and indents each error under it.
    private const string ErrorsHeading = "ERROR(S):";

    /// <summary>The benchmark names in the output of <c>--list flat</c>: one a line; anything else printed is not a name.</summary>
    public static IReadOnlyList<string> FlatList(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return [.. output.ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !line.Any(char.IsWhiteSpace))];
    }

    /// <summary>
    /// Collects the argument errors BenchmarkDotNet prints, line by line as a run streams them: a plain <c>Program</c>
    /// prints them and exits 0 without measuring anything.
    /// </summary>
    public sealed class ArgumentErrors
    {
        private readonly List<string> errors = [];
        private bool inErrors;

        /// <summary>The errors, one a line; null when BenchmarkDotNet printed none.</summary>
        public string? Found => errors.Count == 0 ? null : string.Join(Environment.NewLine, errors);

        /// <summary>Reads one line of the run's output.</summary>
        public void Read(string line)
        {
            ArgumentNullException.ThrowIfNull(line);
            if (line.TrimEnd() == ErrorsHeading)
            {
                inErrors = true;
            }
            else if (inErrors && line.StartsWith(' ') && line.Trim().Length > 0)
            {
                errors.Add(line.Trim());
            }
            else
            {
                inErrors = false;
            }
        }
    }
}
