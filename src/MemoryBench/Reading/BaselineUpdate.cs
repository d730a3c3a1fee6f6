using MemoryBench.Model;

namespace MemoryBench.Reading;

/// <summary>What goes into a baseline file, as pure functions over results.</summary>
public static class BaselineUpdate
{
    /// <summary>The baseline a run makes: all its benchmarks and its environment.</summary>
    /// <param name="run">The run's results.</param>
    /// <param name="allowFailed">Store failed benchmarks (as failed, without figures) instead of refusing.</param>
    /// <exception cref="InputException">
    /// The run has no benchmark, a benchmark without memory figures, or failed benchmarks and <paramref name="allowFailed"/> is false.
    /// </exception>
    public static RunResults FromRun(RunResults run, bool allowFailed)
    {
        ArgumentNullException.ThrowIfNull(run);
        var source = run.Sources.IsDefaultOrEmpty ? "the run" : string.Join(", ", run.Sources);
        if (run.Benchmarks.IsDefaultOrEmpty)
        {
            throw new InputException(source, null, "the run has no benchmark; expected at least one to make a baseline from");
        }

        // An entry without figures would let any allocation of the benchmark pass as unchanged.
        var unmeasured = run.Benchmarks.Where(benchmark => !benchmark.Failed && benchmark.Memory is null).Select(benchmark => benchmark.Id.Value).ToList();
        if (unmeasured.Count > 0)
        {
            throw new InputException(
                source,
                null,
                $"{unmeasured.Count} benchmark(s) have no memory figures ({string.Join(", ", unmeasured)}): the run did not measure their memory " +
                "([MemoryDiagnoser], or BenchmarkDotNet's --memory); a baseline entry without them would check nothing. Measure their memory, " +
                "or leave them out of the run (--filter)");
        }

        var failed = run.Benchmarks.Where(benchmark => benchmark.Failed).Select(benchmark => benchmark.Id.Value).ToList();
        if (failed.Count > 0 && !allowFailed)
        {
            throw new InputException(
                source,
                null,
                $"{failed.Count} benchmark(s) failed ({string.Join(", ", failed)}); a baseline is made from a run without failures unless failures are allowed");
        }

        return run;
    }

    /// <summary>
    /// For a run of some benchmarks only (a filter, a shard): the run's entries replace the baseline's
    /// with the same id, the others stay. The environment and what measured it become the run's, the newest measurement.
    /// </summary>
    public static RunResults Merge(RunResults baseline, RunResults run)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(run);
        var benchmarks = baseline.Benchmarks.ToDictionary(benchmark => benchmark.Id);
        foreach (var benchmark in run.Benchmarks)
        {
            benchmarks[benchmark.Id] = benchmark;
        }

        return new RunResults(
            run.Environment,
            [.. benchmarks.Values.OrderBy(benchmark => benchmark.Id)],
            [.. baseline.Sources.Concat(run.Sources).Distinct().Order(StringComparer.Ordinal)])
        {
            Toolchain = run.Toolchain,
        };
    }
}
