namespace MemoryBench.Model;

/// <summary>
/// How many bytes a run allocated between two gen0 collections. Gen0/1/2 counts are only comparable
/// between runs whose gen0 budgets agree: Workstation GC sizes the budget from the processor's cache,
/// so machines of one kind (same OS, runtime and core count) differ several times over (docs/measurements.md).
/// </summary>
/// <param name="Bytes">The budget in bytes.</param>
/// <param name="Source">Pinned by the job's environment, or inferred from the run's own figures.</param>
public sealed record Gen0Budget(long Bytes, Gen0BudgetSource Source);

/// <summary>Where a <see cref="Gen0Budget"/> comes from.</summary>
public enum Gen0BudgetSource
{
    /// <summary>The job set <c>DOTNET_GCgen0size</c>, so the runtime used exactly this budget.</summary>
    Pinned,

    /// <summary>Estimated from bytes allocated per gen0 collection over the run's benchmarks.</summary>
    Inferred,
}
