using System.Diagnostics;
using MemoryBench.IntegrationTests.Support;

namespace MemoryBench.IntegrationTests.Cli;

/// <summary>The memorybench tool as its own process, as `dotnet run` and the installed tool start it.</summary>
[TestClass]
[MeasuresOnlyInChildProcesses]
public sealed class ToolProcessTests
{
    [TestMethod]
    public void The_usage_lines_name_the_tool_memorybench()
    {
        // The tool's own process, as `dotnet run` and the installed tool start it: usage lines name the executable.
        var tool = Path.Combine(AppContext.BaseDirectory, "MemoryBench.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { tool, "gate", "--help" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.AreEqual(0, process.ExitCode, error);
        Assert.Contains("Usage:\n  memorybench gate [", output.ReplaceLineEndings("\n"));
    }
}
