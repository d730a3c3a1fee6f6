using BenchmarkDotNet.EventProcessors;
using MemoryBench.RunFolders;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Begins the run in its run folder (removing what MemoryBench's earlier run wrote there) when BenchmarkDotNet starts
/// on the benchmarks, and not before: <c>--list</c>, <c>--help</c> and a filter that matches nothing run no
/// benchmark, so they remove nothing.
/// </summary>
internal sealed class RunFolderStart(RunFolder folder) : EventProcessor
{
    public override void OnStartValidationStage() => folder.Begin();
}
