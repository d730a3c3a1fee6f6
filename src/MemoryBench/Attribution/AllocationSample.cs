using System.Collections.Immutable;

namespace MemoryBench.Attribution;

/// <summary>One object the runtime's allocation sampling picked (an AllocationSampled or GCAllocationTick event).</summary>
/// <param name="TypeName">The allocated type's full name, as the runtime reports it.</param>
/// <param name="ObjectSize">The object's size in bytes, header and padding included.</param>
/// <param name="Frames">The allocating managed call stack, innermost frame first; empty when stacks were not resolved.</param>
internal sealed record AllocationSample(string TypeName, long ObjectSize, ImmutableArray<string> Frames)
{
    /// <summary>
    /// For a GCAllocationTick sample, the bytes allocated since the previous tick, which the sample stands for; null
    /// for an AllocationSampled one, whose weight follows from its size.
    /// </summary>
    public long? TickVolume { get; init; }

    /// <summary>The bytes this sample stands for in an estimate of a type's total.</summary>
    public double Weight => TickVolume ?? SampledBytes.Weight(ObjectSize);

    /// <summary>
    /// Its contribution to the estimate's variance. A tick's is taken as its weight squared, as if ticks fell at random
    /// (Poisson): an upper bound for a type's count of ticks, which is binomial over the run's ticks.
    /// </summary>
    public double VarianceTerm => TickVolume is { } volume ? (double)volume * volume : SampledBytes.VarianceTerm(ObjectSize);
}
