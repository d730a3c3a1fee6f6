using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// One benchmark of the comparison: its current result, the baseline entry it is judged against, or both.
/// </summary>
/// <param name="Id">The id the comparison lists it under: the current run's, or the baseline's when it did not run.</param>
/// <param name="Baseline">The baseline entry; null when there is none.</param>
/// <param name="Current">The current result; null when the benchmark did not run.</param>
/// <param name="Ambiguity">Why no single baseline entry could be chosen; null when the match is clear.</param>
internal sealed record BaselineMatch(BenchmarkId Id, BenchmarkResult? Baseline, BenchmarkResult? Current, string? Ambiguity);
