using System.Diagnostics;
using System.Text.Json;
using FastJobProcess;
using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.IntegrationTests.Scenarios;

/// <summary>
/// Measures a suite benchmark in a process of its own under the fast job's environment variables, as BenchmarkDotNet
/// runs it: the gen0 budget pinned and methods promoted without the runtime's call-counting delay.
/// </summary>
/// <remarks>
/// In this test process the figures of code whose allocations follow the collections (a table that drops dead entries
/// when collected, a container sized by when it last grew) follow the machine's own gen0 budget, and tiering waits
/// for the call-counting delay: the same code read different figures on machines with 2 MiB and 17 MB budgets.
/// </remarks>
internal static class FastJobProcesses
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static MeasuredFigures Measure(string benchmark)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FastJobProcess.dll"));
        start.ArgumentList.Add(benchmark);
        foreach (var variable in FastMemoryJob.Create().Environment.EnvironmentVariables ?? [])
        {
            start.Environment[variable.Key] = variable.Value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new AssertFailedException($"{benchmark}: its fast-job process ran longer than {Limit}.");
        }

        Assert.AreEqual(0, process.ExitCode, $"{benchmark}: {error.Result}");
        return JsonSerializer.Deserialize(output.Result, MeasuredFiguresJson.Default.MeasuredFigures)
            ?? throw new AssertFailedException($"{benchmark}: its fast-job process printed no figures.");
    }
}
