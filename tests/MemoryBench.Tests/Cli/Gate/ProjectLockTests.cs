using MemoryBench.Cli.Running;
using MemoryBench.Gate;
using MemoryBench.Model;
using MemoryBench.Processes;
using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli.Gate;

/// <summary>Two gates of one project would build and run in the same generated folder: the second waits.</summary>
[TestClass]
public sealed class ProjectLockTests
{
    [TestMethod]
    public void A_second_gate_of_the_same_project_waits_for_the_first_and_says_so()
    {
        using var folder = new TemporaryFolder();
        var project = folder.Write("Bench/Bench.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        var baseline = folder.Write("baseline.json", "{}");
        var earlierExport = folder.Write("run/results/Bench.Old-report-full.json", "{}");
        using var firstGate = FileLock.Take(project, TimeSpan.Zero, use: "run");
        var secondGate = new GateRun(new BenchmarkProject(project), new GateRunPlan(["*"], Shard.All, folder.File("run"), MemoryArguments.None, []), baseline, null, Compare: true)
        {
            LockPatience = TimeSpan.FromMilliseconds(300),
        };
        using var output = new StringWriter();

        var error = Assert.ThrowsExactly<InputException>(() => secondGate.Execute(output, TextWriter.Null, new RunProcesses(), new JobSummary(null, TextWriter.Null)));

        Assert.Contains("is being run by another process", error.Message);
        Assert.Contains($"waiting for another memorybench gate of {project} to finish", output.ToString());
        Assert.IsTrue(File.Exists(earlierExport), "the waiting gate emptied the run folder the first one is writing");
    }
}
