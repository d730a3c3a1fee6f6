using MemoryBench.Cli.Commands;

namespace MemoryBench.Tests.Cli;

/// <summary>What one in-process run of the memorybench command line did: its exit code and what it wrote.</summary>
internal sealed record CommandOutcome(int ExitCode, string Output, string Error)
{
    public static CommandOutcome Run(params string[] args) => RunIn(CommandEnvironment.None, args);

    /// <summary>A run with the environment variables <paramref name="environment"/> gives, and no others.</summary>
    public static CommandOutcome RunIn(CommandEnvironment environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = MemoryBenchCommandLine.Invoke(args, output, error, environment);
        return new CommandOutcome(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A run under GitHub Actions, whose job summary is <paramref name="summary"/>: the outcome, and the summary's text afterwards.</summary>
    public static (CommandOutcome Outcome, string JobSummary) RunWithJobSummary(string summary, params string[] args) =>
        (RunIn(JobSummaryAt(summary), args), File.ReadAllText(summary));

    /// <summary>The environment of a GitHub Actions job whose summary file is <paramref name="summary"/>.</summary>
    public static CommandEnvironment JobSummaryAt(string summary) =>
        new(new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = summary });

    /// <summary>Standard error split into lines; a final line break ends the last line rather than starting another.</summary>
    public IReadOnlyList<string> ErrorLines =>
        Error.Length == 0 ? [] : Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>The one line of standard output that names <paramref name="text"/>.</summary>
    public string OutputLineWith(string text) =>
        Output.ReplaceLineEndings("\n").Split('\n').Single(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Exit code 2, nothing on standard output, and one line on standard error that says all of <paramref name="mentions"/>.</summary>
    public void AssertBadInput(params string[] mentions)
    {
        Assert.AreEqual(2, ExitCode, Error);
        Assert.AreEqual("", Output);
        Assert.HasCount(1, ErrorLines, Error);
        var line = ErrorLines[0];
        Assert.StartsWith("error: ", line);
        Assert.DoesNotContain("   at ", Error);
        Assert.DoesNotContain("Exception", Error);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, line);
        }
    }
}
