namespace MemoryBench.Comparison;

/// <summary>Exactly one per benchmark in a comparison.</summary>
public enum Verdict
{
    /// <summary>The run produced no usable measurement. Fails the gate.</summary>
    Failed,

    /// <summary>An absolute budget was breached. Fails the gate, whatever the baseline says.</summary>
    OverBudget,

    /// <summary>A metric grew beyond its threshold against the baseline. Fails the gate.</summary>
    Regressed,

    /// <summary>A metric shrank beyond its threshold and none grew.</summary>
    Improved,

    /// <summary>Every compared metric within its threshold.</summary>
    Unchanged,

    /// <summary>No baseline entry.</summary>
    New,

    /// <summary>
    /// A baseline entry but no current result in a run of every benchmark. Fails the gate: a benchmark that goes away
    /// takes the baseline change with it, in the same pull request.
    /// </summary>
    Removed,

    /// <summary>A baseline entry outside a partial run's filter or shard: not compared, never counted.</summary>
    NotRun,
}
