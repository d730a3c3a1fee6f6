using System.Diagnostics;
using MemoryBench.Cli.Running;
using MemoryBench.Gate;
using MemoryBench.IntegrationTests.Support;
using MemoryBench.Model;
using MemoryBench.Processes;
using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.IntegrationTests.Processes;

/// <summary>A gate that finds a killed gate's processes still running stops them before it builds.</summary>
[TestClass]
[MeasuresOnlyInChildProcesses]
public sealed class KilledGateLeftoversTests
{
    [TestMethod]
    public void The_next_gate_of_the_project_stops_what_a_killed_gate_left_running_and_says_so()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("Processes are found by their environment on Linux only.");
        }

        using var folder = new TemporaryFolder();
        var project = folder.Write("Bench/Bench.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        // What a gate killed with SIGKILL leaves: its run id in the project's lock, and its benchmark process running on.
        var killedRun = Guid.NewGuid().ToString("N");
        File.WriteAllText(FileLock.LockFileOf(project), killedRun);
        var orphan = new ProcessStartInfo("sh") { ArgumentList = { "-c", "sleep 300 >/dev/null 2>&1 &" }, UseShellExecute = false };
        orphan.Environment[RunProcesses.TagVariable] = killedRun;
        using (var parent = Process.Start(orphan)!)
        {
            parent.WaitForExit();
        }

        RunProcessesTests.WaitForOrphan(killedRun);
        folder.Write("mine/notes.txt", "the user's");
        var gate = new GateRun(new BenchmarkProject(project), new GateRunPlan(["*"], Shard.All, folder.File("mine"), MemoryArguments.None, []), folder.Write("baseline.json", "{}"), null, Compare: true);
        using var output = new StringWriter();

        // The user's folder stops this gate after it has stopped the leftovers, before it builds.
        Assert.ThrowsExactly<InputException>(() => gate.Execute(output, TextWriter.Null, new RunProcesses(), new JobSummary(null, TextWriter.Null)));

        Assert.Contains($"stopped 1 process(es) that an earlier memorybench gate of {project} left running when it was killed", output.ToString());
        RunProcessesTests.WaitFor(() => TaggedProcesses.Find(RunProcesses.TagVariable, killedRun)!.Count == 0, "the leftover to end");
    }
}
