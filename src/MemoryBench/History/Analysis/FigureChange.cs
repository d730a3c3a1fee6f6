using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.History.Analysis;

/// <summary>A change point of one figure of one benchmark.</summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Figure">The figure that changed.</param>
/// <param name="Run">The history's index of the first run at the new level: the commit where the change starts.</param>
/// <param name="Before">The figure's mean over the runs before it, back to the previous change.</param>
/// <param name="After">The mean from it on, up to the next change.</param>
/// <param name="PValue">How likely noise alone would have made a change this clear (corrected for the choice of position).</param>
internal sealed record FigureChange(BenchmarkId Benchmark, Metric Figure, int Run, double Before, double After, double PValue)
{
    /// <summary>Every figure the history follows is one where more is worse.</summary>
    public bool IsIncrease => After > Before;
}
