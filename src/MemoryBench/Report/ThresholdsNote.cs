using MemoryBench.Comparison;

namespace MemoryBench.Report;

/// <summary>The small print: what counted as a change, so a reviewer can tell a verdict from noise.</summary>
internal static class ThresholdsNote
{
    public static string Render(Thresholds thresholds)
    {
        var time = thresholds.TimeRelativeThreshold is { } slowdown
            ? $"time may grow by {Percent(slowdown)}"
            : "time is not gated";
        return
            $"<sub>Allocated bytes per operation may move by {ByteSize.Format(thresholds.AllocatedBytesTolerance)} " +
            $"+ {Percent(thresholds.AllocatedRelativeTolerance)} of the baseline; " +
            $"Gen0/1/2 collections per 1,000 operations by their counting noise + {Percent(thresholds.GcRateRelativeTolerance)}; " +
            $"retained memory counts as a leak above {ByteSize.Format(thresholds.RetainedBytesTolerance)}/op and beyond its uncertainty; {time}. " +
            "1 KiB = 1,024 B; hover over an underlined size for its exact bytes.</sub>\n";
    }

    private static string Percent(double fraction) => NumberText.Significant(fraction * 100) + "%";
}
