using BenchmarkDotNet.Engines;

namespace MemoryBench.IntegrationTests.Engines;

/// <summary>A benchmark host that keeps what the engine writes, in place of BenchmarkDotNet's pipe to its host process.</summary>
internal sealed class RecordingHost : IHost
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines => lines;

    public void Write(string message) => lines.Add(message);

    public void WriteLine() => lines.Add(string.Empty);

    public void WriteLine(string message) => lines.Add(message);

    public void SendSignal(HostSignal hostSignal)
    {
    }

    public void SendError(string message) => lines.Add(message);

    public void ReportResults(RunResults runResults)
    {
    }

    public void Dispose()
    {
    }
}
