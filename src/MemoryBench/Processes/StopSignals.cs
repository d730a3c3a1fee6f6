using System.Runtime.InteropServices;

namespace MemoryBench.Processes;

/// <summary>
/// While a run has processes running, SIGINT (Ctrl+C), SIGTERM, SIGHUP and SIGQUIT (on Windows: Ctrl+C, closing the
/// console, logging off or shutting down, Ctrl+Break) stop them first: the run then ends by itself, recording what it
/// wrote. Without processes running, the signal ends the process as usual.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private static readonly PosixSignal[] Handled = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];

    private readonly PosixSignalRegistration[] registrations;

    public StopSignals(RunProcesses processes)
    {
        ArgumentNullException.ThrowIfNull(processes);
        registrations = [.. Handled.Select(signal => PosixSignalRegistration.Create(signal, context => context.Cancel = processes.Stop(context.Signal)))];
    }

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
    }

    /// <summary>The signal's number on Linux and macOS (where these four are the same).</summary>
    public static int Number(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        PosixSignal.SIGQUIT => 3,
        PosixSignal.SIGTERM => 15,
        _ => (int)signal,
    };

    public static string Name(PosixSignal signal) => signal.ToString();
}
