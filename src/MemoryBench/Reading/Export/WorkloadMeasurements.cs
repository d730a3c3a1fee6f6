using System.Collections.Immutable;

namespace MemoryBench.Reading.Export;

/// <summary>The actual workload iterations of one benchmark, each as nanoseconds per operation.</summary>
internal sealed record WorkloadMeasurements(ImmutableArray<double> NanosecondsPerOperation);
