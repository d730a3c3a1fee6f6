using System.Diagnostics;
using BenchmarkDotNet.Running;
using MemoryBench.Leaks;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Host side: the heap snapshots that say what a benchmark keeps alive, by type. One snapshot before anything else
/// runs in the benchmark process, discarded: the first session a process sees builds the runtime's event machinery
/// (reflection objects: docs/measurements.md) and those objects would otherwise count as retained. Then one
/// before the measured iterations and one after them; their per-type difference over the operations between is
/// the answer (<see cref="RetainedTypeGrowth"/>).
/// </summary>
/// <param name="takesCensus">Whether a benchmark case gets the snapshots (the others are left alone).</param>
internal sealed class RetainedTypesProbe(Func<BenchmarkCase, bool> takesCensus)
{
    private readonly Dictionary<BenchmarkCase, Dictionary<ulong, string>> names = [];
    private readonly Dictionary<BenchmarkCase, HeapSnapshot> before = [];
    private readonly Dictionary<BenchmarkCase, HeapSnapshot> after = [];
    private readonly List<string> failures = [];

    /// <summary>What went wrong, one line per benchmark case that could not be censused.</summary>
    public IReadOnlyList<string> Failures => failures;

    /// <summary>Cases censused so far (three snapshots each).</summary>
    public int Censused { get; private set; }

    /// <summary>Time the snapshots took, reading their events included: what the census adds to the profiling run.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Starts the tally of <see cref="Censused"/>, <see cref="Elapsed"/> and <see cref="Failures"/> again (each summary tells its own).</summary>
    public void ResetTally()
    {
        Censused = 0;
        Elapsed = TimeSpan.Zero;
        failures.Clear();
    }

    /// <summary>Before the benchmark process runs anything: the discarded snapshot.</summary>
    public void BeforeAnythingElse(BenchmarkCase benchmarkCase, int processId)
    {
        if (takesCensus(benchmarkCase))
        {
            names[benchmarkCase] = [];
            Take(benchmarkCase, processId);
        }
    }

    /// <summary>After warm-up, before the measured iterations.</summary>
    public void BeforeActualRun(BenchmarkCase benchmarkCase, int processId)
    {
        if (names.ContainsKey(benchmarkCase) && Take(benchmarkCase, processId) is { } snapshot)
        {
            before[benchmarkCase] = snapshot;
        }
    }

    /// <summary>After the measured iterations.</summary>
    public void AfterActualRun(BenchmarkCase benchmarkCase, int processId)
    {
        if (before.ContainsKey(benchmarkCase) && Take(benchmarkCase, processId) is { } snapshot)
        {
            after[benchmarkCase] = snapshot;
        }
    }

    /// <summary>The retained types of a case over <paramref name="operations"/>; null when it was not censused or a snapshot failed.</summary>
    public RetainedTypes? Result(BenchmarkCase benchmarkCase, long operations)
    {
        names.Remove(benchmarkCase, out var typeNames);
        var hadBefore = before.Remove(benchmarkCase, out var first);
        var hadAfter = after.Remove(benchmarkCase, out var last);
        if (typeNames is null || !hadBefore || !hadAfter || operations <= 0)
        {
            return null;
        }

        Censused++;
        return RetainedTypeGrowth.Between(first!.Census(typeNames), last!.Census(typeNames), operations);
    }

    // The census explains a leak and never decides a verdict: a snapshot that fails (no diagnostics port, a runtime
    // without the events) leaves the case without retained types and says why.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "Advisory; see the comment.")]
    private HeapSnapshot? Take(BenchmarkCase benchmarkCase, int processId)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var snapshot = HeapSnapshot.Take(processId);
            foreach (var (id, name) in snapshot.TypeNames)
            {
                names[benchmarkCase][id] = name;
            }

            return snapshot;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            names.Remove(benchmarkCase);
            before.Remove(benchmarkCase);
            failures.Add($"{benchmarkCase.DisplayInfo}: {error.GetType().Name}: {error.Message}");
            return null;
        }
        finally
        {
            Elapsed += Stopwatch.GetElapsedTime(started);
        }
    }
}
