namespace MemoryBench.Attribution;

/// <summary>Which benchmarks are re-run under allocation sampling after the comparison.</summary>
internal enum AttributionMode
{
    /// <summary>Those that regressed, broke a budget or leak (<see cref="WhatGrewSelection.NeedsAttribution"/>).</summary>
    Failing,

    /// <summary>Every benchmark of the run: how a baseline gets a profile for each.</summary>
    All,

    /// <summary>None.</summary>
    None,
}
