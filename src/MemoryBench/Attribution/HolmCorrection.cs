namespace MemoryBench.Attribution;

/// <summary>
/// Holm's step-down correction: which of m tests reject at a family-wise error rate, so that the chance of naming
/// any type that did not change is at most that rate, however many types were compared.
/// </summary>
/// <remarks>
/// Chosen over a false discovery rate: the answer is read as "these types, and no others", so one wrongly named type
/// is the error to bound, and Holm bounds it under any dependence between the tests (Benjamini-Hochberg needs a
/// positive dependence that two profiles' shares do not have). It rejects everything Bonferroni does and more.
/// </remarks>
internal static class HolmCorrection
{
    /// <summary>The family-wise error rate "What grew" names types at.</summary>
    public const double FamilyWiseErrorRate = 0.05;

    /// <summary>For each p-value, whether its test rejects: the smallest at rate/m, the next at rate/(m-1) and so on, stopping at the first that does not.</summary>
    public static bool[] Reject(IReadOnlyList<double> pValues, double rate = FamilyWiseErrorRate)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var rejected = new bool[pValues.Count];
        var ascending = Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i]).ToArray();
        for (var rank = 0; rank < ascending.Length; rank++)
        {
            if (pValues[ascending[rank]] > rate / (ascending.Length - rank))
            {
                break;
            }

            rejected[ascending[rank]] = true;
        }

        return rejected;
    }
}
