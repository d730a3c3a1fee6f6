using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using MemoryBench.IntegrationTests.Support;
using MemoryBench.Processes;
using MemoryBench.RunFolders;
using MemoryBench.Tests.Reading;

namespace MemoryBench.IntegrationTests.Processes;

/// <summary>A gate stopped with SIGTERM stops its `dotnet run` and BenchmarkDotNet's benchmark process before it exits.</summary>
[TestClass]
[MeasuresOnlyInChildProcesses]
public sealed class GateSignalTests
{
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MemoryBench.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the repository holding MemoryBench.sln is not above the test's folder");
    }

    // BenchmarkDotNet starts one process per benchmark, named by --benchmarkName; it carries the gate's run id (another
    // test run's gate may be running benchmarks of the same project meanwhile).
    private static bool HasBenchmarkProcess(string runId)
    {
        var tag = $"{RunProcesses.TagVariable}={runId}";
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (File.ReadAllText(Path.Join(folder, "cmdline")).Contains("--benchmarkName", StringComparison.Ordinal)
                    && Encoding.UTF8.GetString(File.ReadAllBytes(Path.Join(folder, "environ"))).Split('\0').Contains(tag))
                {
                    return true;
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Another user's process, or one that just ended.
            }
        }

        return false;
    }

    // The run's id, from the manifest the gate writes into its run folder when the run begins; null before.
    private static string? RunIdIn(string manifest)
    {
        try
        {
            return (string?)JsonNode.Parse(File.ReadAllText(manifest))?["run"]?["id"];
        }
        catch (Exception error) when (error is IOException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    [TestMethod]
    public void A_gate_stopped_with_SIGTERM_leaves_no_process_behind_and_records_what_it_wrote()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("Processes are found by their environment on Linux only.");
        }

        using var folder = new TemporaryFolder();
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "MemoryBench.Cli.dll"), "gate", "--project", Path.Combine(root, "benchmarks", "MemoryBench.Benchmarks"),
            "--filter", "*TaskVsValueTask*", "--artifacts", folder.File("run"), "--", "--attribution", "none",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var gate = Process.Start(start)!;
        var output = new StringBuilder();
        gate.OutputDataReceived += (_, line) => output.AppendLine(line.Data);
        gate.ErrorDataReceived += (_, line) => output.AppendLine(line.Data);
        gate.BeginOutputReadLine();
        gate.BeginErrorReadLine();
        string? runId = null;
        var manifestPath = folder.File($"run/{RunFolderLayout.ManifestName}");
        RunProcessesTests.WaitFor(
            () => gate.HasExited || ((runId ??= RunIdIn(manifestPath)) is { } id && HasBenchmarkProcess(id)), "a benchmark process of the gate", minutes: 20);
        Assert.IsFalse(gate.HasExited, output.ToString());

        using (var kill = Process.Start("kill", ["-TERM", gate.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        gate.WaitForExit();

        Assert.AreEqual(143, gate.ExitCode, output.ToString());
        Assert.Contains("stopped by SIGTERM", output.ToString());
        RunProcessesTests.WaitFor(() => TaggedProcesses.Find(RunProcesses.TagVariable, runId!)!.Count == 0, "the gate's processes to end");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        Assert.IsNotNull((string?)manifest["run"]!["finished"]);
    }
}
