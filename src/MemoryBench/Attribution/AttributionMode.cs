namespace MemoryBench.Attribution;

/// <summary>What allocation attribution a run does.</summary>
internal enum AttributionMode
{
    /// <summary>
    /// The default: every benchmark's counted span is sampled (what grew, for any benchmark that fails), and the
    /// benchmarks whose Retained/op says they keep memory get heap snapshots (what is retained).
    /// </summary>
    Failing,

    /// <summary>As <see cref="Failing"/>, with heap snapshots for every benchmark.</summary>
    All,

    /// <summary>Neither sampling nor snapshots.</summary>
    None,
}
