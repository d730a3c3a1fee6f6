namespace MemoryBench.Leaks;

/// <summary>How much the surviving heap grew between two consecutive samples, and over how many operations.</summary>
internal readonly record struct HeapIncrease(long Operations, long Bytes)
{
    public double BytesPerOperation => Bytes / (double)Operations;

    /// <summary>The increases between consecutive samples, checked: at least three samples, operations strictly increasing.</summary>
    public static HeapIncrease[] Between(IReadOnlyList<HeapSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < RetainedMemoryEstimator.MinimumSamples)
        {
            throw new ArgumentException(
                $"Retained memory needs at least {RetainedMemoryEstimator.MinimumSamples} samples, got {samples.Count}.", nameof(samples));
        }

        var increases = new HeapIncrease[samples.Count - 1];
        for (var i = 1; i < samples.Count; i++)
        {
            var operations = samples[i].Operations - samples[i - 1].Operations;
            if (operations <= 0)
            {
                throw new ArgumentException(
                    $"Sample {i} has {samples[i].Operations} operations, not more than the {samples[i - 1].Operations} before it.",
                    nameof(samples));
            }

            increases[i - 1] = new HeapIncrease(operations, samples[i].SurvivingBytes - samples[i - 1].SurvivingBytes);
        }

        return increases;
    }
}
