using MemoryBench.Attribution;
using MemoryBench.Comparison;
using MemoryBench.History.Rendering;
using MemoryBench.History.Store;
using MemoryBench.Report;

namespace MemoryBench.Pipeline;

/// <summary>
/// What the judged benchmarks' causes are: what grew, from the allocation profiles the counted run left beside its
/// exports, and, with a history, the trend on main of what regressed.
/// </summary>
internal static class AttributeStage
{
    public static GateOutcome Attribute(ComparisonResult result, RunInputs inputs, GateRequest request)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(request);
        var whatGrew = WhatGrewSelection.For(result, AllocationProfileStore.ReadAll(request.CurrentPaths));
        // Only main's last runs are read, and only when asked: the trend costs a few small files.
        var trend = request.HistoryPath is { } history
            ? TrendSection.Render(result, HistoryStore.ReadLast(history, TrendSection.Runs))
            : "";
        return new GateOutcome(result, whatGrew, inputs.Sources, trend, ScenarioPairs.From(inputs.Current.Benchmarks));
    }
}
