namespace MemoryBench.History.ChangePoints;

/// <summary>
/// The split E-divisive means would make (Matteson and James, "A nonparametric approach for multiple change point
/// analysis of multivariate data", 2014, with α = 1): the position that maximises the energy distance between the values
/// before and after it, scaled by the sides' sizes. The distances are summed incrementally, so one segment of n values
/// costs O(n²).
/// </summary>
internal static class EnergyDivisive
{
    /// <summary>The best split of values[start..end) with at least <paramref name="minimum"/> values a side; null when none fits.</summary>
    public static int? BestSplit(ReadOnlySpan<double> values, int start, int end, int minimum)
    {
        var n = end - start;
        if (n < 2 * minimum)
        {
            return null;
        }

        var segment = values[start..end];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                total += Math.Abs(segment[i] - segment[j]);
            }
        }

        // within[0] grows by each value's distances to those before it, within[1] loses its distances to those after it.
        var withinLeft = 0.0;
        var withinRight = total;
        int? best = null;
        var bestScore = double.NegativeInfinity;
        for (var split = 1; split <= n - minimum; split++)
        {
            var moved = segment[split - 1];
            for (var i = 0; i < split - 1; i++)
            {
                withinLeft += Math.Abs(segment[i] - moved);
            }

            for (var j = split; j < n; j++)
            {
                withinRight -= Math.Abs(moved - segment[j]);
            }

            if (split < minimum)
            {
                continue;
            }

            var left = (double)split;
            var right = (double)(n - split);
            var between = total - withinLeft - withinRight;
            var score = (left * right / n) * (
                (2 * between / (left * right))
                - (withinLeft / (left * (left - 1) / 2))
                - (withinRight / (right * (right - 1) / 2)));
            if (score > bestScore)
            {
                bestScore = score;
                best = start + split;
            }
        }

        return best;
    }
}
