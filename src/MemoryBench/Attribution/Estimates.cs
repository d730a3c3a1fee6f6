namespace MemoryBench.Attribution;

/// <summary>The confidence level every uncertainty in attribution is stated at.</summary>
internal static class Estimates
{
    /// <summary>Standard normal quantile of 97.5%: a +/- of 1.96 standard errors covers 95%.</summary>
    public const double Z95 = 1.96;
}
