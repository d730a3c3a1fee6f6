namespace MemoryBench.Attribution;

/// <summary>What one type took of a benchmark's allocations.</summary>
/// <param name="TypeName">The type's full name.</param>
/// <param name="BytesPerOperation">Estimated bytes per operation.</param>
/// <param name="StandardError">The estimate's standard error, in bytes per operation.</param>
/// <param name="Samples">How many samples the estimate rests on.</param>
internal sealed record TypeAllocation(string TypeName, double BytesPerOperation, double StandardError, int Samples)
{
    /// <summary>Half the width of the 95% interval: 1.96 standard errors.</summary>
    public double Uncertainty95 => Estimates.Z95 * StandardError;
}
