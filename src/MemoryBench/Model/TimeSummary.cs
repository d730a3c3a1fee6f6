using System.Collections.Immutable;

namespace MemoryBench.Model;

/// <summary>Time per operation, with the raw workload measurements statistics are computed from.</summary>
/// <param name="MeanNanoseconds">Mean time per operation.</param>
/// <param name="MedianNanoseconds">Median time per operation.</param>
/// <param name="WorkloadNanosecondsPerOperation">The actual workload iterations, each as nanoseconds per operation.</param>
public sealed record TimeSummary(
    double MeanNanoseconds,
    double MedianNanoseconds,
    ImmutableArray<double> WorkloadNanosecondsPerOperation);
