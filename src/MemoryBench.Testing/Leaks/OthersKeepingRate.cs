using MemoryBench.Leaks;

namespace MemoryBench.Testing.Leaks;

/// <summary>
/// What other threads keep in the time of one call, from the controls of a window of batches: each control is as long as
/// its batch, so its gain per call of the batch is what other threads kept during the batch, per call.
/// </summary>
/// <param name="BytesPerCall">The median of the controls' gains per call of their batches; 0 without controls.</param>
/// <param name="StandardErrorBytes">That median's standard error; 0 without controls.</param>
/// <remarks>
/// The median, as for the batches: a neighbour letting go of a cache makes one control shrink by megabytes, and taking
/// that off its batch would make the calls read as keeping them.
/// </remarks>
internal sealed record OthersKeepingRate(double BytesPerCall, double StandardErrorBytes)
{
    /// <summary>No controls: nothing is taken off the batches.</summary>
    public static OthersKeepingRate None { get; } = new(0, 0);

    /// <summary>The rate over the batches of <paramref name="window"/> (consecutive readings) that had a control.</summary>
    /// <remarks>One control alone has no spread to tell its error by: its whole gain is taken as its error.</remarks>
    public static OthersKeepingRate Of(IReadOnlyList<HeapReading> window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var rates = window.Zip(window.Skip(1))
            .Where(pair => pair.Second.FollowedByControl)
            .Select(pair => (pair.Second.OthersKeptBytes - pair.First.OthersKeptBytes) / (double)(pair.Second.Calls - pair.First.Calls))
            .ToArray();
        switch (rates.Length)
        {
            case 0:
                return None;
            case 1:
                return new OthersKeepingRate(rates[0], Math.Abs(rates[0]));
            default:
                var median = RobustMedian.Of(rates);
                return new OthersKeepingRate(median.Median, median.StandardError);
        }
    }

    /// <summary>
    /// Both estimates over <paramref name="window"/> (consecutive readings) with what other threads kept taken off: at
    /// this rate from each batch for the median, its error widened by this rate's; the controls' gain for the span.
    /// </summary>
    public RetainedMemoryEstimates Estimates(IReadOnlyList<HeapReading> window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var first = window[0];
        var median = RetainedMemoryEstimator.Estimate([.. window.Select(reading => reading.Sample(first, this))]);
        var span = SpanGrowthEstimator.Estimate([.. window.Select(reading => reading.Sample(first))]);
        return new RetainedMemoryEstimates(Widen(median), span);
    }

    private Model.RetainedMemory Widen(Model.RetainedMemory estimate) =>
        estimate with { StandardErrorBytes = Math.Sqrt((estimate.StandardErrorBytes * estimate.StandardErrorBytes) + (StandardErrorBytes * StandardErrorBytes)) };
}
