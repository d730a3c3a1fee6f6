using System.Collections.Immutable;

namespace MemoryBench.History.ChangePoints;

/// <summary>
/// Change points of one series the way Apache Otava (formerly DataStax's Hunter) finds them: E-divisive means proposes
/// the split of each segment, a t-test decides whether it is real, segments are split again until nothing more is
/// found, in overlapping windows; then every change is tested again between its final neighbours, and the weakest is
/// dropped until each one left is significant. The t-test is Welch's with a noise floor (see <see cref="WelchTest"/>), and
/// its p-value is multiplied by the number of positions the split could have taken, since E-divisive chose the best
/// of them.
/// </summary>
internal static class ChangePointDetector
{
    /// <param name="values">The series, oldest first.</param>
    /// <param name="floor">The smallest standard deviation a stretch of the series is taken to have (see <see cref="WelchTest"/>).</param>
    /// <param name="settings">How sure to be and how long a level must hold.</param>
    /// <returns>The changes, in order.</returns>
    public static ImmutableArray<ChangePoint> Find(ReadOnlySpan<double> values, double floor, DetectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var minimum = Math.Max(settings.MinimumRuns, 2);
        if (values.Length < 2 * minimum || IsConstant(values))
        {
            return [];
        }

        var candidates = new SortedSet<int>();
        var step = Math.Max(settings.Window / 2, minimum);
        for (var start = 0; start < values.Length; start += step)
        {
            var end = Math.Min(start + settings.Window, values.Length);
            Split(values, start, end, minimum, floor, settings.SplitPValue, candidates);
            if (end == values.Length)
            {
                break;
            }
        }

        return Merge(values, [.. candidates], minimum, floor, settings.MaxPValue);
    }

    /// <summary>Binary segmentation of values[start..end): every segment's best split is added while it is significant.</summary>
    private static void Split(ReadOnlySpan<double> values, int start, int end, int minimum, double floor, double maxPValue, SortedSet<int> found)
    {
        var bounds = new List<int> { start, end };
        var added = true;
        while (added)
        {
            added = false;
            for (var i = bounds.Count - 2; i >= 0; i--)
            {
                var (from, to) = (bounds[i], bounds[i + 1]);
                if (EnergyDivisive.BestSplit(values, from, to, minimum) is { } split
                    && Corrected(values, from, split, to, minimum, floor) <= maxPValue)
                {
                    bounds.Insert(i + 1, split);
                    found.Add(split);
                    added = true;
                }
            }
        }
    }

    /// <summary>
    /// Tests every change between its neighbours and drops the weakest one that fails, then tests its neighbours again,
    /// until every change left passes: what was significant inside a window may not be next to the changes outside it.
    /// </summary>
    private static ImmutableArray<ChangePoint> Merge(ReadOnlySpan<double> values, List<int> changes, int minimum, double floor, double maxPValue)
    {
        var pValues = new List<double>(changes.Count);
        for (var i = 0; i < changes.Count; i++)
        {
            pValues.Add(Test(values, changes, i, minimum, floor));
        }

        while (changes.Count > 0)
        {
            var weakest = 0;
            for (var i = 1; i < changes.Count; i++)
            {
                if (pValues[i] > pValues[weakest])
                {
                    weakest = i;
                }
            }

            if (pValues[weakest] <= maxPValue)
            {
                break;
            }

            changes.RemoveAt(weakest);
            pValues.RemoveAt(weakest);
            foreach (var neighbour in new[] { weakest - 1, weakest })
            {
                if (neighbour >= 0 && neighbour < changes.Count)
                {
                    pValues[neighbour] = Test(values, changes, neighbour, minimum, floor);
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<ChangePoint>(changes.Count);
        for (var i = 0; i < changes.Count; i++)
        {
            Place(values, changes, i, minimum, floor);
            pValues[i] = Test(values, changes, i, minimum, floor);
        }

        for (var i = 0; i < changes.Count; i++)
        {
            var from = i == 0 ? 0 : changes[i - 1];
            var to = i == changes.Count - 1 ? values.Length : changes[i + 1];
            result.Add(new ChangePoint(changes[i], WelchTest.Mean(values[from..changes[i]]), WelchTest.Mean(values[changes[i]..to]), pValues[i]));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Moves a change to the position between its neighbours that separates their two levels best (the largest
    /// t): E-divisive's distances weigh every value alike, so in noise its split can land a run or two off the step.
    /// </summary>
    private static void Place(ReadOnlySpan<double> values, List<int> changes, int index, int minimum, double floor)
    {
        var from = index == 0 ? 0 : changes[index - 1];
        var to = index == changes.Count - 1 ? values.Length : changes[index + 1];
        var best = changes[index];
        var bestT = WelchTest.Statistic(values, from, best, to, floor).T;
        for (var split = from + minimum; split <= to - minimum; split++)
        {
            var t = WelchTest.Statistic(values, from, split, to, floor).T;
            if (t > bestT)
            {
                (best, bestT) = (split, t);
            }
        }

        changes[index] = best;
    }

    private static double Test(ReadOnlySpan<double> values, List<int> changes, int index, int minimum, double floor)
    {
        var from = index == 0 ? 0 : changes[index - 1];
        var to = index == changes.Count - 1 ? values.Length : changes[index + 1];
        var split = changes[index];
        // Neighbours closer than the minimum leave a side too short to be a level: such a change does not stand.
        return split - from < minimum || to - split < minimum ? 1 : Corrected(values, from, split, to, minimum, floor);
    }

    private static double Corrected(ReadOnlySpan<double> values, int from, int split, int to, int minimum, double floor)
    {
        var positions = to - from - (2 * minimum) + 1;
        return Math.Min(1, WelchTest.PValue(values, from, split, to, floor) * positions);
    }

    private static bool IsConstant(ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            if (value != values[0])
            {
                return false;
            }
        }

        return true;
    }
}
