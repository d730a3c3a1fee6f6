using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using MemoryBench.Leaks;

namespace MemoryBench.Benchmarks.Leaks;

/// <summary>Bytes retained per operation: the "Retained/op" column and the figure in the full JSON export.</summary>
internal sealed class RetainedBytesPerOperationDescriptor : IMetricDescriptor
{
    public static readonly IMetricDescriptor Instance = new RetainedBytesPerOperationDescriptor();

    public string Id => RetainedMemoryMetricIds.BytesPerOperation;
    public string DisplayName => "Retained/op";
    public string Legend =>
        "Managed memory kept alive per operation: median growth per operation of the heap surviving full collections, batch to batch " +
        "after warm-up (storage growing in lumps, such as a collection resizing, is not counted)";

    // Bytes with their fraction: a size column would print SizeValue.FromBytes((long)value) and turn 7.9992 B into "7 B".
    public string NumberFormat => "#,0.## B";
    public UnitType UnitType => UnitType.Dimensionless;
    public string Unit => "B";
    public bool TheGreaterTheBetter => false;

    // Right after BenchmarkDotNet's "Allocated" (priority 3).
    public int PriorityInCategory => 4;

    // Shown even when nothing is retained: "-" in every row is the answer the column exists for.
    public bool GetIsAvailable(Metric metric) => true;
}

/// <summary>The standard error of <see cref="RetainedBytesPerOperationDescriptor"/>: in the JSON export, not in the table.</summary>
internal sealed class RetainedBytesPerOperationStandardErrorDescriptor : IMetricDescriptor
{
    public static readonly IMetricDescriptor Instance = new RetainedBytesPerOperationStandardErrorDescriptor();

    public string Id => RetainedMemoryMetricIds.StandardError;
    public string DisplayName => "Retained/op SE";
    public string Legend => "Standard error of Retained/op";
    public string NumberFormat => "#,0.## B";
    public UnitType UnitType => UnitType.Dimensionless;
    public string Unit => "B";
    public bool TheGreaterTheBetter => false;
    public int PriorityInCategory => 5;

    // A column of uncertainties would double the table's width for a figure only the comparison needs.
    public bool GetIsAvailable(Metric metric) => false;
}
