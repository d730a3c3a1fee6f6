using System.Diagnostics;
using System.Text;

namespace MemoryBench.Cli.Running;

/// <summary>One <c>dotnet</c> command the gate starts: its output streams to the console, or is captured.</summary>
internal static class DotnetCommand
{
    /// <summary>Runs <c>dotnet</c> with its output on this process's console; returns the exit code.</summary>
    public static int Stream(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment) =>
        Start(workingDirectory, arguments, environment, capture: false, out _);

    /// <summary>Runs <c>dotnet</c> and returns its exit code, with its standard output in <paramref name="output"/>.</summary>
    public static int Capture(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, out string output) =>
        Start(workingDirectory, arguments, environment, capture: true, out output);

    private static int Start(
        string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, bool capture, out string output)
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var captured = new StringBuilder();
        if (capture)
        {
            process.OutputDataReceived += (_, line) => captured.AppendLine(line.Data);
            process.BeginOutputReadLine();
        }

        process.WaitForExit();
        output = captured.ToString();
        return process.ExitCode;
    }
}
