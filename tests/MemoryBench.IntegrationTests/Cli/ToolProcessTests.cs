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
        var (exitCode, output, error) = RunTool("gate", "--help");

        Assert.AreEqual(0, exitCode, error);
        Assert.Contains("Usage:\n  memorybench gate [", output.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_gate_with_no_build_runs_the_projects_existing_build_and_builds_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("memorybench-no-build-");
        try
        {
            var project = Path.Combine(folder.FullName, "Bench", "Bench.csproj");
            Directory.CreateDirectory(Path.GetDirectoryName(project)!);
            File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
            var baseline = Path.Combine(folder.FullName, "baseline.json");
            File.WriteAllText(baseline, "{}");

            var (exitCode, output, error) = RunTool(
                "gate", "--project", project, "--baseline", baseline, "--memory-arguments", "Add", "--artifacts", Path.Combine(folder.FullName, "run"), "--no-build");

            // Never built, the project has no build to run: the run fails, and nothing was built meanwhile.
            Assert.AreEqual(1, exitCode, output + error);
            Assert.Contains($"running the existing Release build of {project} (--no-build)", output);
            Assert.DoesNotContain("==> memorybench gate: building", output);
            Assert.IsFalse(Directory.Exists(Path.Combine(folder.FullName, "Bench", "bin")), "the gate built the project");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output, string Error) RunTool(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MemoryBench.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
