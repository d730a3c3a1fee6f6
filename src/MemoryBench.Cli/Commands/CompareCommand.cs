using System.CommandLine;
using System.Globalization;
using MemoryBench.Comparison;
using MemoryBench.Gate;
using MemoryBench.Pipeline;

namespace MemoryBench.Cli.Commands;

/// <summary><c>memorybench compare</c>: judge a run against the baseline and the budgets.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error, CommandEnvironment environment)
    {
        var baseline = PathOptions.NotEmpty(new Option<string>("--baseline")
        {
            Description = "The baseline: a MemoryBench baseline file, or BenchmarkDotNet results (a file or a folder).",
            Required = true,
            HelpName = "file|folder",
        });
        var current = PathOptions.NotEmpty(PathOptions.RejectingUnknownOptions(new Option<string[]>("--current")
        {
            Description = "The run to judge: BenchmarkDotNet full JSON exports, a file or a folder searched recursively. Repeat for shards.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "file|folder",
        }));
        var budgets = PathOptions.NotEmpty(new Option<string?>("--budgets") { Description = "A budgets file (JSON, glob patterns over benchmark ids).", HelpName = "file" });
        var markdown = PathOptions.NotEmpty(new Option<string?>("--markdown") { Description = "Write the markdown report here.", HelpName = "file" });
        var json = PathOptions.NotEmpty(new Option<string?>("--json") { Description = "Write the verdicts as JSON here.", HelpName = "file" });
        var allocatedBytes = NonNegative(new Option<double?>("--allocated-tolerance")
        {
            Description = $"Allocated bytes/op may grow by this many bytes (default {Thresholds.Default.AllocatedBytesTolerance}) ...",
            HelpName = "bytes",
        });
        var allocatedPercent = NonNegative(new Option<double?>("--allocated-tolerance-percent")
        {
            Description = $"... plus this percentage of the baseline (default {Thresholds.Default.AllocatedRelativeTolerance * 100}).",
            HelpName = "percent",
        });
        var gcPercent = NonNegative(new Option<double?>("--gc-tolerance-percent")
        {
            Description = $"Gen0/1/2 rates may grow by this percentage beyond counting noise (default {Thresholds.Default.GcRateRelativeTolerance * 100}).",
            HelpName = "percent",
        });
        var timePercent = Positive(new Option<double?>("--time-threshold-percent")
        {
            Description = "Gate time too: a slowdown beyond this percentage, decided by a Mann-Whitney test on the raw measurements (off by default).",
            HelpName = "percent",
        });
        var retainedBytes = NonNegative(new Option<double?>("--retained-tolerance")
        {
            Description = $"Retained bytes/op above this (and above its uncertainty) is a leak (default {Thresholds.Default.RetainedBytesTolerance}).",
            HelpName = "bytes",
        });
        var colour = new Option<bool>("--color") { Description = "Colour the console summary." };
        var history = new Option<string?>("--history")
        {
            Description = "A history of the default branch (memorybench history add): the report shows each regressed figure over its last runs.",
            HelpName = "dir",
        };

        var command = new Command("compare", "Compare a run with the baseline and the budgets (the report goes to the GitHub job summary too when GITHUB_STEP_SUMMARY is set); exit 0 when nothing regressed, 1 on a regression, a budget breach or a failed benchmark, 2 on bad input.")
        {
            baseline, current, budgets, markdown, json, allocatedBytes, allocatedPercent, gcPercent, timePercent, retainedBytes, colour, history,
        };

        command.SetAction(parsed =>
        {
            var thresholds = Thresholds.Create(
                parsed.GetValue(allocatedBytes),
                parsed.GetValue(allocatedPercent) / 100,
                parsed.GetValue(gcPercent) / 100,
                parsed.GetValue(timePercent) / 100,
                parsed.GetValue(retainedBytes));
            var request = new GateRequest(
                parsed.GetValue(baseline)!,
                [.. parsed.GetValue(current)!],
                parsed.GetValue(budgets),
                parsed.GetValue(markdown),
                parsed.GetValue(json),
                thresholds)
            {
                HistoryPath = parsed.GetValue(history),
            };

            var outcome = GatePipeline.Run(
                request, new PipelineOutputs(output, error, new JobSummary(environment.JobSummaryPath, error)) { UseColour = parsed.GetValue(colour) });
            return ExitCodes.Of(outcome.Result);
        });
        return command;
    }

    private static Option<double?> NonNegative(Option<double?> option) =>
        Number(option, value => value >= 0, "a number of zero or more");

    private static Option<double?> Positive(Option<double?> option) =>
        Number(option, value => value > 0, "a number above zero");

    // A parser rather than a validator: a validator reads the converted value, and reading a value that is not a
    // number throws instead of reporting. Invariant culture: the same command line means the same on every machine.
    private static Option<double?> Number(Option<double?> option, Func<double, bool> allowed, string expected)
    {
        option.CustomParser = result =>
        {
            if (result.Tokens.Count != 1)
            {
                return null;
            }

            var text = result.Tokens[0].Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && allowed(value))
            {
                return value;
            }

            result.AddError($"{option.Name} expects {expected}, got '{text}'");
            return null;
        };
        return option;
    }
}
