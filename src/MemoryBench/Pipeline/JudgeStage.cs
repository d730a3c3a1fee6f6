using MemoryBench.Comparison;

namespace MemoryBench.Pipeline;

/// <summary>The pipeline's judgement: one verdict per benchmark, made once per run.</summary>
internal static class JudgeStage
{
    public static ComparisonResult Judge(RunInputs inputs, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Comparer.Compare(inputs.Baseline, inputs.Current, inputs.Budgets, thresholds);
    }
}
