using CsCheck;
using MemoryBench.Reading;
using MemoryBench.Tests.Cli;

namespace MemoryBench.Tests.Fuzzing;

/// <summary>
/// Random mutations of the real inputs (BenchmarkDotNet exports, MemoryBench-annotated or not, and a baseline) fed to the commands that
/// read them: every one ends with exit code 0, 1 or 2, bad input with one line and no stack trace, no exception
/// escapes, and no input file is changed (a failed <c>baseline --merge</c> leaves the baseline as it was).
/// </summary>
[TestClass]
public sealed class ReaderFuzzTests
{
    /// <summary>Issue 9's floor; the README quotes what a run measured.</summary>
    private const int Inputs = 10_000;

    private static readonly Gen<Mutation> Mutations = Gen.Select(
        Gen.Int[0, SeedInputs.All.Count - 1],
        Gen.Enum<MutationKind>(),
        Gen.Int[0, int.MaxValue],
        Gen.Int[0, 1_000],
        Gen.Int[0, 2],
        (seed, kind, target, value, command) => new Mutation(seed, kind, target, value, command));

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Every_mutated_input_ends_with_exit_code_0_1_or_2_and_changes_no_input()
    {
        var root = Path.Combine(Path.GetTempPath(), $"memorybench-fuzz-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            var cleanBaseline = Path.Combine(root, "clean-baseline.json");
            BaselineStore.Write(cleanBaseline, BenchmarkDotNetReader.Read(SeedInputs.CleanExport));
            var tried = 0;
            var byExitCode = new int[3];

            Mutations.Sample(
                mutation =>
                {
                    // One folder per thread, emptied after each input: a baseline's lock file (in the temporary folder,
                    // named after the baseline's path) is then one per thread, not one per input.
                    var exitCode = Try(mutation, Path.Combine(root, $"thread-{Environment.CurrentManagedThreadId}"), cleanBaseline);
                    Interlocked.Increment(ref byExitCode[exitCode]);
                    Interlocked.Increment(ref tried);
                },
                iter: Inputs,
                // No more threads than cores: extra thread-pool threads would retire during later tests, and the memory
                // they let go would read as negative retention in the scenario tests.
                threads: Environment.ProcessorCount);

            TestContext.WriteLine(
                $"{tried} hostile inputs tried: {byExitCode[0]} exit 0, {byExitCode[1]} exit 1, {byExitCode[2]} exit 2 with a one-line message.");
            Assert.AreEqual(Inputs, tried);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <returns>The command's exit code, after checking everything else.</returns>
    private static int Try(Mutation mutation, string folder, string cleanBaseline)
    {
        var seed = SeedInputs.All[mutation.Seed];
        var bytes = Mutator.Apply(mutation);
        var run = Path.Combine(folder, "run");
        Directory.CreateDirectory(run);
        try
        {
            var hostile = seed.Kind switch
            {
                SeedKind.Export => Path.Combine(run, seed.Name.Contains("-report-full", StringComparison.Ordinal) ? seed.Name : "mutated-report-full.json"),
                _ => Path.Combine(folder, "baseline.json"),
            };
            File.WriteAllBytes(hostile, bytes);

            string[] args = (seed.Kind, mutation.Command) switch
            {
                (SeedKind.Export, 0) => ["compare", "--baseline", cleanBaseline, "--current", run],
                (SeedKind.Export, 1) => ["baseline", "--from", hostile, "--out", Path.Combine(folder, "new-baseline.json"), "--allow-failed"],
                (SeedKind.Export, _) => ["compare", "--baseline", hostile, "--current", SeedInputs.CleanExport],
                (SeedKind.Baseline, 0) => ["compare", "--baseline", hostile, "--current", SeedInputs.CleanExport],
                (SeedKind.Baseline, 1) => ["baseline", "--from", SeedInputs.CleanExport, "--out", hostile, "--merge"],
                _ => ["compare", "--baseline", hostile, "--current", SeedInputs.CleanExport, "--json", Path.Combine(folder, "verdicts.json")],
            };

            var outcome = CommandOutcome.Run(args);

            Assert.IsTrue(outcome.ExitCode is 0 or 1 or 2, $"{mutation}: exit code {outcome.ExitCode}");
            if (outcome.ExitCode == 2)
            {
                Assert.HasCount(1, outcome.ErrorLines, $"{mutation}: {outcome.Error}");
                Assert.StartsWith("error: ", outcome.ErrorLines[0], mutation.ToString());
                Assert.DoesNotContain("   at ", outcome.Error, mutation.ToString());
            }

            var merged = args[0] == "baseline" && args.Contains("--merge") && outcome.ExitCode == 0;
            if (merged)
            {
                // A merge that succeeded wrote a baseline that reads back.
                Assert.IsNotEmpty(BaselineStore.Read(hostile).Benchmarks, mutation.ToString());
            }
            else
            {
                CollectionAssert.AreEqual(bytes, File.ReadAllBytes(hostile), $"{mutation}: the input changed");
            }

            return outcome.ExitCode;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
