using System.Diagnostics;
using System.Text;
using MemoryBench.Processes;

namespace MemoryBench.Cli.Running;

/// <summary>One <c>dotnet</c> command the gate starts, as one of its run's processes: its output streams to the console, or is captured.</summary>
internal static class DotnetCommand
{
    /// <summary>Runs <c>dotnet</c> with its output on this process's console; returns the exit code.</summary>
    /// <exception cref="RunStoppedException">The gate was stopped meanwhile.</exception>
    public static int Stream(RunProcesses processes, bool tagged, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment) =>
        processes.Run(Start(workingDirectory, arguments, environment, capture: false), tagged);

    /// <summary>
    /// Runs <c>dotnet</c> with its standard output copied line by line to <paramref name="echo"/> and handed to
    /// <paramref name="read"/>; returns the exit code.
    /// </summary>
    /// <exception cref="RunStoppedException">The gate was stopped meanwhile.</exception>
    public static int Tee(
        RunProcesses processes,
        bool tagged,
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        TextWriter echo,
        Action<string> read) =>
        processes.Run(Start(workingDirectory, arguments, environment, capture: true), tagged, process =>
        {
            process.OutputDataReceived += (_, line) =>
            {
                if (line.Data is { } text)
                {
                    echo.WriteLine(text);
                    read(text);
                }
            };
            process.BeginOutputReadLine();
        });

    /// <summary>Runs <c>dotnet</c> and returns its exit code, with its standard output in <paramref name="output"/>.</summary>
    /// <exception cref="RunStoppedException">The gate was stopped meanwhile.</exception>
    public static int Capture(
        RunProcesses processes, bool tagged, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, out string output)
    {
        var captured = new StringBuilder();
        var status = processes.Run(Start(workingDirectory, arguments, environment, capture: true), tagged, process =>
        {
            process.OutputDataReceived += (_, line) => captured.AppendLine(line.Data);
            process.BeginOutputReadLine();
        });
        output = captured.ToString();
        return status;
    }

    private static ProcessStartInfo Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, bool capture)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = capture,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
