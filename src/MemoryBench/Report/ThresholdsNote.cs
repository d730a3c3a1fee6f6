using MemoryBench.Comparison;

namespace MemoryBench.Report;

/// <summary>The small print: what counted as a change, so a reviewer can tell a verdict from noise.</summary>
internal static class ThresholdsNote
{
    public static string Render(Thresholds thresholds)
    {
        var time = thresholds.TimeRelativeThreshold is { } slowdown
            ? $"time may grow by {Percent(slowdown)} (a Mann–Whitney equivalence test at α = {NumberText.Significant(TimeRule.Significance.Value)})"
            : "time is not gated";
        return
            "<sub>Allowances (\"allowed ±\" in the reasons): allocated bytes per operation may move by " +
            $"{ByteSize.Format(thresholds.AllocatedBytesTolerance)} + {Percent(thresholds.AllocatedRelativeTolerance)} of the baseline, " +
            "plus what other threads allocate over the counted operations; " +
            "Gen0/1/2 collections per 1,000 operations by both runs' counting noise (√count + 1 collections each) " +
            $"+ {Percent(thresholds.GcRateRelativeTolerance)} of the baseline rate (Gen1 within ×{NumberText.Significant(GcCountRule.Gen1BudgetFactor)}: " +
            "the GC sets the gen1 budget itself); " +
            $"retained memory counts as a leak above {ByteSize.Format(thresholds.RetainedBytesTolerance)}/op and " +
            $"{NumberText.Significant(RetainedSignificance.StandardErrors)} standard errors, and an existing leak changes only beyond " +
            $"×{NumberText.Significant(RetainedMemoryRule.LumpFactor)} (storage that grows by doubling moves within that); {time}. " +
            "1 KiB = 1,024 B; hover over an underlined size for its exact bytes.</sub>\n";
    }

    private static string Percent(double fraction) => NumberText.Significant(fraction * 100) + "%";
}
