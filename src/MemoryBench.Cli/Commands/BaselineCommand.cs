using System.CommandLine;
using MemoryBench.Attribution;
using MemoryBench.Reading;

namespace MemoryBench.Cli.Commands;

/// <summary><c>memorybench baseline</c>: the only way the baseline file changes, on purpose.</summary>
internal static class BaselineCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = PathOptions.NotEmpty(PathOptions.RejectingUnknownOptions(new Option<string[]>("--from")
        {
            Description = "The run to make the baseline from: BenchmarkDotNet full JSON exports, a file or a folder searched recursively. Repeat for shards.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "file|folder",
        }));
        var destination = PathOptions.NotEmpty(new Option<string>("--out")
        {
            Description = "The baseline file to write (atomically).",
            Required = true,
            HelpName = "file",
        });
        var merge = new Option<bool>("--merge")
        {
            Description = "Update only the benchmarks present in the run and keep the others (after a filtered or sharded run).",
        };
        var allowFailed = new Option<bool>("--allow-failed")
        {
            Description = "Write the baseline even though some benchmarks failed (they are stored as failed).",
        };

        var command = new Command("baseline", "Write the baseline file from a run. Commit it: a baseline change is reviewed like code.")
        {
            from, destination, merge, allowFailed,
        };

        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(destination)!;
            var sources = parsed.GetValue(from)!;
            var run = ProfiledRun.Attach(
                BaselineUpdate.FromRun(BenchmarkDotNetReader.Read([.. sources]), parsed.GetValue(allowFailed)),
                AllocationProfileStore.ReadAll(sources));
            OutputPaths.RequireDistinct([("--out", path)], run.Sources);
            if (run.Coverage.IsPartial && !parsed.GetValue(merge) && File.Exists(path))
            {
                throw new InputException(
                    path,
                    null,
                    $"the run is partial ({run.Coverage.Description}): replacing the baseline with it would drop every benchmark " +
                    "outside it; add --merge to update only the benchmarks that ran");
            }

            var baseline = BaselineStore.Update(
                path,
                readPrevious: parsed.GetValue(merge),
                previous => previous is null ? run : BaselineUpdate.Merge(previous, run));
            // Exports of an earlier run found beside this run's are left out of the baseline: say which.
            foreach (var warning in run.Warnings.IsDefault ? [] : run.Warnings)
            {
                error.WriteLine($"warning: {warning}");
            }

            var kept = baseline.Benchmarks.Length - run.Benchmarks.Length;
            output.WriteLine(kept > 0
                ? $"Wrote {path}: {run.Benchmarks.Length} benchmark(s) from the run, {kept} kept from the previous baseline."
                : $"Wrote {path}: {run.Benchmarks.Length} benchmark(s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
