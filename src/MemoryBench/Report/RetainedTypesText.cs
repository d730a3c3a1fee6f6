using System.Globalization;
using MemoryBench.Leaks;

namespace MemoryBench.Report;

/// <summary>The figures of "What is retained", worded once for the console and the markdown report.</summary>
internal static class RetainedTypesText
{
    /// <summary>"24 B/op, 1 instance/op".</summary>
    public static string Figures(RetainedType type) =>
        $"{ByteSize.Format(type.BytesPerOperation)}/op, {Instances(type)} {(type.InstancesPerOperation == 1 ? "instance" : "instances")}/op";

    /// <summary>Instances per operation, three significant digits: "1", "0.25", "0" for storage that grew without a new instance.</summary>
    public static string Instances(RetainedType type) => NumberText.Significant(type.InstancesPerOperation);

    /// <summary>What the figures rest on, for one line; <paramref name="ascii"/> for the console's minus sign.</summary>
    public static string Basis(RetainedTypes retained, bool ascii = false) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"live objects by type, from heap snapshots {retained.Operations:N0} operations apart; the live heap grew by {Signed(retained.BytesPerOperation, ascii)}/op") +
        (retained.Types.IsEmpty ? "; no type grew with the operations beyond what is built once." : ".");

    private static string Signed(double bytes, bool ascii) => bytes < 0 ? DeltaText.SignedSize(bytes, ascii) : ByteSize.Format(bytes);
}
