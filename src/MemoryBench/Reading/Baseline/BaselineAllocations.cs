using MemoryBench.Attribution;
using MemoryBench.Model;

namespace MemoryBench.Reading.Baseline;

/// <summary>A benchmark's compact allocation profile as the baseline file stores it, figures rounded like the others.</summary>
internal static class BaselineAllocations
{
    public static BaselineAllocationsDocument ToDocument(AllocationProfile profile) => new(
        profile.Operations,
        profile.Samples,
        BaselineFigures.Round(profile.BytesPerOperation),
        [.. profile.Compact().Types.Select(type => new BaselineAllocatedTypeDocument(
            type.TypeName, BaselineFigures.Round(type.BytesPerOperation), BaselineFigures.Round(type.StandardError), type.Samples))])
    {
        CountedBytesPerOperation = profile.CountedBytesPerOperation,
        SampledBy = profile.SampledBy,
    };

    public static AllocationProfile FromDocument(BaselineBenchmarkDocument benchmark, BaselineAllocationsDocument allocations) => new(
        BenchmarkIdentity.Of(
            new BenchmarkName(benchmark.Namespace, benchmark.Type, benchmark.Method, benchmark.Parameters, benchmark.Job),
            includeJob: false).Value,
        allocations.Operations,
        allocations.Samples,
        allocations.BytesPerOperation,
        [.. (allocations.Types.IsDefault ? [] : allocations.Types).OfType<BaselineAllocatedTypeDocument>()
            .Select(type => new TypeAllocation(type.Type, type.BytesPerOperation, type.StandardError, type.Samples))],
        [])
    {
        CountedBytesPerOperation = allocations.CountedBytesPerOperation,
        SampledBy = allocations.SampledBy ?? SamplingEvent.AllocationSampled,
        Compacted = true,
    };
}
