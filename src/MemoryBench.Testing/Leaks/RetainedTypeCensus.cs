using System.Collections.Immutable;
using MemoryBench.Leaks;
using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing.Leaks;

/// <summary>
/// Which types the calls keep, as the gate's "What is retained" says it: heap snapshots of this process before and
/// after a batch of calls (<see cref="HeapSnapshot"/>, through its own diagnostics port), their per-type difference per call.
/// </summary>
/// <remarks>
/// Taken only once a leak is certain, so a passing test never pays for it (four snapshots, about a tenth of a second
/// each on a small heap, and the first of a process more). The first is thrown away, as the gate does: the first
/// session a process sees builds the runtime's event machinery, whose objects would count as retained. The snapshots
/// live in the process they count: each census and the trace reader's state are in the next snapshot. So two are taken
/// without calls between them, and what grew between those two is taken off what grew over the calls, type by type
/// (without it the census's own dictionary nodes are named beside a small leak: docs/measurements.md).
/// It explains a verdict and never decides one: a snapshot that cannot be taken (diagnostics disabled) leaves the
/// failure without types.
/// </remarks>
internal static class RetainedTypeCensus
{
    /// <summary>What the calls between the snapshots should keep, so that a type's growth stands out of what is built once.</summary>
    public const long TargetGrowthBytes = 1024 * 1024;

    /// <summary>Calls between the snapshots at most, unless the judged window held more.</summary>
    public const long MostCalls = 1_000_000;

    /// <summary>A type is named when it kept at least this share of the measured figure per call (and the resolution).</summary>
    public const double SmallestShare = 0.1;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "Advisory; see the remarks.")]
    public static async ValueTask<CensusResult> TakeAsync(CallLoop loop, LeakJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(judgement);
        var perCall = Math.Max(judgement.Retained.BytesPerOperation, LeakLimit.Resolution);
        var calls = (long)Math.Clamp(TargetGrowthBytes / perCall, 1, Math.Max(MostCalls, 2.0 * judgement.Calls));
        try
        {
            var names = new Dictionary<ulong, string>();
            Census(names);
            var idle = Census(names);
            var before = Census(names);
            await loop.RunUncountedAsync(calls).ConfigureAwait(false);
            var after = Census(names);
            var minimum = Math.Max(LeakLimit.Resolution, SmallestShare * judgement.Retained.BytesPerOperation);
            return new CensusResult(RetainedTypeGrowth.Between(LessOwnGrowth(idle, before), after, calls, minimum), null);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return new CensusResult(null, $"{error.GetType().Name}: {error.Message}");
        }
    }

    /// <summary>The census <paramref name="before"/> plus what grew from <paramref name="idle"/> to it: what the next would hold had no call run.</summary>
    private static HeapCensus LessOwnGrowth(HeapCensus idle, HeapCensus before) =>
        new(before.Types.Keys.Union(idle.Types.Keys).ToImmutableDictionary(
            name => name,
            name => new TypeCensus(
                (2 * before.Of(name).Instances) - idle.Of(name).Instances,
                (2 * before.Of(name).Bytes) - idle.Of(name).Bytes),
            StringComparer.Ordinal));

    private static HeapCensus Census(Dictionary<ulong, string> names)
    {
        var snapshot = HeapSnapshot.Take(Environment.ProcessId);
        foreach (var (id, name) in snapshot.TypeNames)
        {
            names[id] = name;
        }

        return snapshot.Census(names);
    }
}

/// <summary>The retained types, or why there are none.</summary>
/// <param name="Types">The types that grew with the calls; null when the snapshots failed.</param>
/// <param name="Failure">Why the snapshots failed; null when they were taken.</param>
internal sealed record CensusResult(RetainedTypes? Types, string? Failure);
