using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.IntegrationTests.Support;
using MemoryBench.Tests.BenchmarkDotNetPackage;

namespace MemoryBench.IntegrationTests.BenchmarkDotNetPackage;

[TestClass]
[MeasuresOnlyInChildProcesses]
public sealed class PinnedGen0BudgetTests
{
    private const int Mebibyte = 1024 * 1024;

    private static BenchmarkCase[] CasesFor(params string[] commandLine) => CommandLineCases.For(commandLine);

    private static bool Pins(Job job) =>
        job.Environment.EnvironmentVariables?.Any(v => v.Key == PinnedGen0Budget.Variable && v.Value == PinnedGen0Budget.Value) == true;

    [TestMethod]
    public void The_fast_job_pins_the_gen0_budget()
    {
        var cases = CasesFor();

        Assert.IsNotEmpty(cases);
        Assert.IsTrue(cases.All(c => c.Job.Id == FastMemoryJob.Id && Pins(c.Job)));
    }

    [TestMethod]
    public void A_job_chosen_on_the_command_line_pins_the_gen0_budget_and_keeps_its_own_characteristics()
    {
        var cases = CasesFor("--job", "short");

        Assert.IsNotEmpty(cases);
        Assert.IsTrue(cases.All(c => Pins(c.Job)));
        Assert.IsTrue(cases.All(c => c.Job.Run.IterationCount == Job.ShortRun.Run.IterationCount));
    }

    [TestMethod]
    public void The_users_own_environment_variables_are_kept_beside_the_pinned_budget()
    {
        var cases = CasesFor("--job", "dry", "--envVars", "MY_SETTING:1");

        Assert.IsTrue(cases.All(c => Pins(c.Job)));
        Assert.IsTrue(cases.All(c => c.Job.Environment.EnvironmentVariables!.Any(v => v.Key == "MY_SETTING" && v.Value == "1")));
    }

    [TestMethod]
    public void A_gen0_budget_the_user_chose_is_not_overridden()
    {
        var arguments = PinnedGen0Budget.ForCommandLineJobs(["--job", "short", "--envVars", "DOTNET_GCgen0size:0x4000000"]);

        CollectionAssert.AreEqual(new[] { "--job", "short", "--envVars", "DOTNET_GCgen0size:0x4000000" }, arguments);
    }

    [TestMethod]
    public void The_runtime_allocates_the_pinned_budget_between_gen0_collections()
    {
        // 39,000 B per call, the eager list scenario's allocation.
        var perCollection = BytesPerGen0Collection(PinnedGen0Budget.Value, keptCalls: 0);

        Assert.AreEqual(PinnedGen0Budget.Bytes, perCollection, PinnedGen0Budget.Bytes * 0.03);
    }

    [TestMethod]
    public void The_pinned_budget_does_not_grow_when_objects_survive()
    {
        // 100 calls of 39,000 B stay alive at any time: survivors, which let the GC grow an unpinned budget.
        var perCollection = BytesPerGen0Collection(PinnedGen0Budget.Value, keptCalls: 100);

        Assert.AreEqual(PinnedGen0Budget.Bytes, perCollection, PinnedGen0Budget.Bytes * 0.03);
    }

    [TestMethod]
    [DataRow("0x400000", 4)]
    [DataRow("0x1000000", 16)]
    [DataRow("0x4000000", 64)]
    public void The_runtime_honours_other_gen0_sizes_as_given(string variable, int mebibytes)
    {
        var perCollection = BytesPerGen0Collection(variable, keptCalls: 0);

        Assert.AreEqual(mebibytes * (double)Mebibyte, perCollection, mebibytes * Mebibyte * 0.03);
    }

    private static double BytesPerGen0Collection(string gen0Size, int keptCalls)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "Gen0BudgetProbe.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { probe, "39000", "200000", keptCalls.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[PinnedGen0Budget.Variable] = gen0Size;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, errors);
        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }
}
