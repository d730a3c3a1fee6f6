using System.Runtime.InteropServices;

namespace MemoryBench.Processes;

/// <summary>The run was stopped by a signal (Ctrl+C, SIGTERM); its processes are stopped.</summary>
internal sealed class RunStoppedException : Exception
{
    internal RunStoppedException(PosixSignal signal)
        : base($"stopped by {StopSignals.Name(signal)}; the processes it started were stopped") => Signal = signal;

    /// <summary>The signal that stopped the run.</summary>
    public PosixSignal Signal { get; }

    /// <summary>The exit code of a process ended by the signal, as shells report it: 128 and the signal's number.</summary>
    public int ExitCode => 128 + StopSignals.Number(Signal);
}
