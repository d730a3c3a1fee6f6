using System.CommandLine;
using MemoryBench.Cli.Running;
using MemoryBench.Gate;
using MemoryBench.Model;
using MemoryBench.Processes;
using MemoryBench.Reading;
using MemoryBench.Report;

namespace MemoryBench.Cli.Commands;

/// <summary><c>memorybench gate</c>: run a BenchmarkDotNet project, then judge the run against the baseline and the budgets.</summary>
internal static class GateCommand
{
    public static Command Create(TextWriter output, TextWriter error, CommandEnvironment environment)
    {
        var project = PathOptions.NotEmpty(new Option<string?>("--project")
        {
            Description = "The BenchmarkDotNet project to run, a project file or its folder (default: the project of the current folder, " +
                "else the only project in the repository that references BenchmarkDotNet).",
            HelpName = "csproj",
        });
        var filter = new Option<string[]>("--filter")
        {
            Description = "BenchmarkDotNet's glob filter over Namespace.Type.Method (default: * , every benchmark). Several may follow.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "glob",
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Run part i of n of the selected benchmarks (default: 1/1): listed with --list flat, ordered by name and dealt " +
                "round-robin, the same on every machine.",
            HelpName = "i/n",
        };
        var baseline = PathOptions.NotEmpty(new Option<string?>("--baseline")
        {
            Description = "The baseline file (default: results/baseline.json of the repository, the folder with .git above this one).",
            HelpName = "file",
        });
        var budgets = PathOptions.NotEmpty(new Option<string?>("--budgets")
        {
            Description = "A budgets file (default: ci/budgets.json of the repository when it exists; [MemoryBudget] attributes apply either way).",
            HelpName = "file",
        });
        var artifacts = PathOptions.NotEmpty(new Option<string?>("--artifacts")
        {
            Description = "The run folder: a new or empty folder, or one MemoryBench made (a folder of yours is refused); the files of " +
                "MemoryBench's earlier run there are removed first. BenchmarkDotNet's exports go to its results/, the report to report.md, " +
                "the verdicts to verdicts.json (default: results/latest of the repository).",
            HelpName = "dir",
        });
        var memoryArguments = new Option<MemoryArguments>("--memory-arguments")
        {
            Description = "Add BenchmarkDotNet's --memory --exporters json: Auto adds them unless the project references MemoryBench.BenchmarkDotNet " +
                "(its config brings both); None when the project's own config measures memory and exports full JSON.",
            DefaultValueFactory = _ => MemoryArguments.Auto,
        };
        var history = new Option<string?>("--history")
        {
            Description = "A history of the default branch (memorybench history add): the report shows each regressed figure over its last runs.",
            HelpName = "dir",
        };
        var noCompare = new Option<bool>("--no-compare")
        {
            Description = "Run only (for the shards of a CI matrix, compared together later with memorybench compare).",
        };
        var noBuild = new Option<bool>("--no-build")
        {
            Description = "Run the project's existing Release build instead of building it first (after dotnet build -c Release, " +
                "or an earlier gate of the same code).",
        };
        var passThrough = new Argument<string[]>("benchmarkdotnet-arguments")
        {
            Description = "Further BenchmarkDotNet arguments, after -- (for example -- --job short).",
            Arity = ArgumentArity.ZeroOrMore,
        };

        var command = new Command(
            "gate",
            "Run a BenchmarkDotNet project, then compare the run with the baseline and the budgets; write the markdown report, the verdicts " +
            "and the GitHub job summary; exit 0 when nothing regressed, 1 on a regression, a budget breach or a failed benchmark, 2 on bad input.")
        {
            project, filter, shard, baseline, budgets, artifacts, memoryArguments, history, noCompare, noBuild, passThrough,
        };

        command.SetAction(parsed =>
        {
            var repository = RepositoryLayout.Around(Environment.CurrentDirectory);
            var baselinePath = Path.GetFullPath(parsed.GetValue(baseline) ?? repository.Baseline);
            var budgetsPath = parsed.GetValue(budgets) is { } budgetsFile ? Path.GetFullPath(budgetsFile) : repository.Budgets;
            var runFolder = Path.GetFullPath(parsed.GetValue(artifacts) ?? repository.RunFolder);
            var summary = new JobSummary(environment.JobSummaryPath, error);
            var processes = new RunProcesses();
            using var signals = new StopSignals(processes);
            try
            {
                var selectedShard = ParseShard(parsed.GetValue(shard));
                var benchmarkProject = parsed.GetValue(project) is { } named
                    ? BenchmarkProject.Named(named)
                    : BenchmarkProject.Discover(repository, Environment.CurrentDirectory);
                var filters = parsed.GetValue(filter) is { Length: > 0 } given ? given : ["*"];
                var plan = new GateRunPlan([.. filters], selectedShard, runFolder, parsed.GetValue(memoryArguments), [.. parsed.GetValue(passThrough) ?? []]);
                var run = new GateRun(benchmarkProject, plan, baselinePath, budgetsPath, Compare: !parsed.GetValue(noCompare))
                {
                    HistoryPath = parsed.GetValue(history) is { } historyFolder ? Path.GetFullPath(historyFolder) : null,
                    BuildsFirst = !parsed.GetValue(noBuild),
                };
                return run.Execute(output, error, processes, summary);
            }
            catch (InputException e)
            {
                // The message quotes paths and names from the input: escaped like the report's, as the job summary is markdown.
                summary.Append(
                    $"### MemoryBench\n\nThe gate could not run: {MarkdownText.Escape(e.Message)}\n",
                    [baselinePath, .. budgetsPath is null ? [] : new[] { budgetsPath }, runFolder]);
                throw;
            }
            catch (RunStoppedException e)
            {
                error.WriteLine($"memorybench gate: {e.Message}");
                return e.ExitCode;
            }
        });
        return command;
    }

    private static Shard ParseShard(string? text) =>
        text is null ? Shard.All
        : Shard.TryParse(text, out var error) is { } shard ? shard
        : throw new InputException("--shard", null, error!);
}
