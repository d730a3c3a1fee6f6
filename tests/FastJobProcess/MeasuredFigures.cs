using System.Text.Json.Serialization;
using MemoryBench.Testing;

namespace FastJobProcess;

/// <summary>What the process prints of one measurement: the figures a test asserts, and the measurement as text for its message.</summary>
public sealed record MeasuredFigures(long AllocatedBytes, long Operations, int Gen0Collections, int Gen1Collections, int LumpPeriods, bool IsPrecise, string Text)
{
    public double BytesPerOperation => Operations == 0 ? 0 : AllocatedBytes / (double)Operations;

    public static MeasuredFigures Of(AllocationMeasurement measurement) => new(
        measurement.AllocatedBytes,
        measurement.Operations,
        measurement.Gen0Collections,
        measurement.Gen1Collections,
        measurement.LumpPeriods,
        measurement.IsPrecise,
        measurement.ToString());

    public override string ToString() => Text;
}

[JsonSerializable(typeof(MeasuredFigures))]
public sealed partial class MeasuredFiguresJson : JsonSerializerContext;
