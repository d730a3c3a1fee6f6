using BenchmarkDotNet.Running;
using MemoryBench.Attribution;
using MemoryBench.Model;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>The id a benchmark case's profile is filed under: what the reader makes of its export, without the job.</summary>
internal static class AttributionKey
{
    public static string Of(BenchmarkCase benchmark) => ProfiledRun.KeyOf(new BenchmarkName(
        benchmark.Descriptor.Type.Namespace ?? "",
        benchmark.Descriptor.Type.Name,
        benchmark.Descriptor.WorkloadMethod.Name,
        BenchmarkIdentity.ParametersFromBenchmarkDotNet(benchmark.Parameters.PrintInfo),
        benchmark.Job.ResolvedId));
}
