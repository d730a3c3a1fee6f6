using System.Diagnostics;
using System.Runtime.InteropServices;
using MemoryBench.IntegrationTests.Support;
using MemoryBench.Processes;

namespace MemoryBench.IntegrationTests.Processes;

/// <summary>A run stops every process it started, with their children; a later run stops what a killed one left running.</summary>
[TestClass]
[MeasuresOnlyInChildProcesses]
public sealed class RunProcessesTests
{
    private static void RequireLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("Processes are found by their environment on Linux only.");
        }
    }

    private static ProcessStartInfo Shell(string script) => new("sh") { ArgumentList = { "-c", script }, UseShellExecute = false };

    /// <summary>Polls until <paramref name="done"/>; fails rather than hangs when it never is (a bound, not a measurement).</summary>
    internal static void WaitFor(Func<bool> done, string what, int minutes = 5)
    {
        for (var polls = 0; !done(); polls++)
        {
            Assert.IsLessThan(minutes * 60 * 20, polls, $"gave up waiting for {what}");
            Thread.Sleep(50);
        }
    }

    /// <summary>
    /// Waits until the orphan a shell left (<c>sleep 300 &amp;</c>) is sleep itself, found by its tag: between the fork and
    /// the exec it is a copy of the shell, and while it execs its environment cannot be read.
    /// </summary>
    internal static void WaitForOrphan(string runId) =>
        WaitFor(
            () => TaggedProcesses.Find(RunProcesses.TagVariable, runId) is [var id] && IsSleep(id),
            "the orphan to be sleep, with its tag readable");

    private static bool IsSleep(int id)
    {
        try
        {
            return File.ReadAllText($"/proc/{id}/cmdline").StartsWith("sleep\0", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    [TestMethod]
    public void Stopping_a_run_stops_its_process_and_everything_that_process_started()
    {
        RequireLinux();
        var processes = new RunProcesses();
        Exception? ended = null;
        var run = new Thread(() =>
        {
            try
            {
                processes.Run(Shell("sleep 300 & sleep 300 & wait"), tagged: true);
            }
            catch (RunStoppedException stopped)
            {
                ended = stopped;
            }
        });
        run.Start();
        WaitFor(() => TaggedProcesses.Find(RunProcesses.TagVariable, processes.RunId)!.Count == 3, "the shell and its two children");

        Assert.IsTrue(processes.Stop(PosixSignal.SIGTERM));
        run.Join();

        Assert.IsInstanceOfType<RunStoppedException>(ended);
        Assert.AreEqual(143, ((RunStoppedException)ended).ExitCode);
        WaitFor(() => TaggedProcesses.Find(RunProcesses.TagVariable, processes.RunId)!.Count == 0, "the run's processes to end");
    }

    [TestMethod]
    public void A_stopped_run_starts_no_further_process()
    {
        var processes = new RunProcesses();
        Assert.IsFalse(processes.Stop(PosixSignal.SIGINT));

        Assert.ThrowsExactly<RunStoppedException>(() => processes.Run(Shell("true"), tagged: true));
    }

    [TestMethod]
    public void The_processes_a_killed_run_left_are_found_by_their_tag_and_stopped()
    {
        RequireLinux();
        var killedRun = Guid.NewGuid().ToString("N");
        var start = Shell("sleep 300 >/dev/null 2>&1 &");
        start.Environment[RunProcesses.TagVariable] = killedRun;
        // The shell ends at once, as a killed gate does: its child runs on, an orphan.
        using (var parent = Process.Start(start)!)
        {
            parent.WaitForExit();
        }

        WaitForOrphan(killedRun);

        Assert.AreEqual(1, RunProcesses.StopLeftovers(killedRun));
        WaitFor(() => TaggedProcesses.Find(RunProcesses.TagVariable, killedRun)!.Count == 0, "the orphan to end");
    }

    [TestMethod]
    public void A_process_of_another_run_is_not_stopped()
    {
        RequireLinux();
        var other = new RunProcesses();
        var start = Shell("sleep 300 >/dev/null 2>&1 &");
        start.Environment[RunProcesses.TagVariable] = other.RunId;
        using (var parent = Process.Start(start)!)
        {
            parent.WaitForExit();
        }

        try
        {
            WaitForOrphan(other.RunId);
            Assert.AreEqual(0, RunProcesses.StopLeftovers(Guid.NewGuid().ToString("N")));
            Assert.HasCount(1, TaggedProcesses.Find(RunProcesses.TagVariable, other.RunId)!);
        }
        finally
        {
            RunProcesses.StopLeftovers(other.RunId);
        }
    }
}
