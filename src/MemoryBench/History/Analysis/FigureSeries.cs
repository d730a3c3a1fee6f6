using System.Collections.Immutable;
using MemoryBench.Comparison;

namespace MemoryBench.History.Analysis;

/// <summary>
/// One figure of one benchmark over the runs that measured it comparably: the runs that lack it are skipped, and Gen0/1/2
/// rates start a new series where the gen0 budget changes, since the same code collects at other rates under another budget.
/// </summary>
/// <param name="Figure">Allocated bytes/op, a Gen0/1/2 rate per 1,000 operations, or retained bytes/op.</param>
/// <param name="Runs">The history's run index of each value, ascending.</param>
/// <param name="Values">The figure in each of those runs.</param>
/// <param name="Floor">The smallest standard deviation the detector takes the series to have (see <see cref="NoiseFloor"/>).</param>
internal sealed record FigureSeries(Metric Figure, ImmutableArray<int> Runs, ImmutableArray<double> Values, double Floor);
