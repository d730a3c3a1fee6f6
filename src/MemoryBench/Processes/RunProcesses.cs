using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace MemoryBench.Processes;

/// <summary>
/// The processes one run starts (<c>dotnet build</c>, <c>dotnet run</c>, and through it BenchmarkDotNet's benchmark
/// processes). The run stops all of them when it is stopped; the ones that measure carry the run's id in their
/// environment, which everything they start inherits, so that a later run can find them when this one was killed.
/// </summary>
internal sealed class RunProcesses
{
    /// <summary>The environment variable that holds the id of the run a process belongs to.</summary>
    public const string TagVariable = "MEMORYBENCH_RUN_ID";

    private readonly object running = new();
    private readonly List<Process> children = [];

    /// <param name="runId">The run's id; a new one when null.</param>
    public RunProcesses(string? runId = null) => RunId = runId ?? Guid.NewGuid().ToString("N");

    public string RunId { get; }

    /// <summary>The signal that stopped the run; null while it goes on.</summary>
    public PosixSignal? StoppedBy { get; private set; }

    /// <summary>Starts a process, waits for it to end and returns its exit code.</summary>
    /// <param name="start">What to start.</param>
    /// <param name="tagged">
    /// Give it the run's id: false for a build, whose compiler and MSBuild servers outlive it by design and serve
    /// other builds, so a later run must not take them for this run's leftovers.
    /// </param>
    /// <param name="started">Called once the process runs, before waiting for it (to read its output).</param>
    /// <exception cref="RunStoppedException">The run was stopped before or while the process ran.</exception>
    public int Run(ProcessStartInfo start, bool tagged, Action<Process>? started = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (tagged)
        {
            start.Environment[TagVariable] = RunId;
        }

        Process process;
        lock (running)
        {
            if (StoppedBy is { } signal)
            {
                throw new RunStoppedException(signal);
            }

            process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
            children.Add(process);
        }

        using (process)
        {
            try
            {
                started?.Invoke(process);
                process.WaitForExit();
            }
            finally
            {
                lock (running)
                {
                    children.Remove(process);
                }
            }

            return StoppedBy is { } stoppedBy ? throw new RunStoppedException(stoppedBy) : process.ExitCode;
        }
    }

    /// <summary>
    /// Stops every process the run started, with everything they started, and any other process carrying the run's id;
    /// no process starts after this.
    /// </summary>
    /// <returns>True when a process of the run was running (so the run ends by itself once they are stopped).</returns>
    public bool Stop(PosixSignal signal)
    {
        bool wasRunning;
        lock (running)
        {
            StoppedBy ??= signal;
            wasRunning = children.Count > 0;
            foreach (var child in children)
            {
                StopTree(child);
            }
        }

        StopTagged(RunId);
        return wasRunning;
    }

    /// <summary>
    /// Stops the processes a killed run left running: those carrying its id in their environment.
    /// </summary>
    /// <returns>How many were stopped; null where processes cannot be found by their environment (only Linux says).</returns>
    public static int? StopLeftovers(string runId)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        return StopTagged(runId);
    }

    private static int? StopTagged(string runId)
    {
        if (TaggedProcesses.Find(TagVariable, runId) is not { } found)
        {
            return null;
        }

        var stopped = 0;
        foreach (var id in found)
        {
            try
            {
                using var process = Process.GetProcessById(id);
                stopped += StopTree(process) ? 1 : 0;
            }
            catch (ArgumentException)
            {
                // It ended between being found and being stopped.
            }
        }

        return stopped;
    }

    // On Unix the runtime stops the process first, so it starts nothing while its children are listed, then kills them all.
    private static bool StopTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            return true;
        }
        catch (Exception error) when (error is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It has already ended, or is not ours to stop.
            return false;
        }
    }
}
