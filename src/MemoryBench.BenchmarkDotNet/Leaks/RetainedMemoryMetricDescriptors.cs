using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using MemoryBench.Leaks;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>Bytes retained per operation: the "Retained/op" column and the figure in the full JSON export.</summary>
internal sealed class RetainedBytesPerOperationDescriptor : IMetricDescriptor
{
    public static readonly IMetricDescriptor Instance = new RetainedBytesPerOperationDescriptor();

    public string Id => RetainedMemoryMetricIds.BytesPerOperation;
    public string DisplayName => "Retained/op";
    public string Legend =>
        "Managed memory kept alive per operation: growth per operation of the heap surviving full collections over doubling batches " +
        "after warm-up, the median batch's or the whole span's, whichever is surer (storage growing in lumps counts at its amortised cost)";

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

/// <summary>One of the figures Retained/op is chosen from: in the JSON export, for whoever wants to see both, not in the table.</summary>
internal sealed class RetainedEstimateDescriptor(string id, string displayName, string legend, int priority) : IMetricDescriptor
{
    public static readonly IMetricDescriptor BatchMedian = new RetainedEstimateDescriptor(
        RetainedMemoryMetricIds.BatchMedian, "Retained/op median", "Median of per-batch growth per operation of the surviving heap", 6);

    public static readonly IMetricDescriptor BatchMedianStandardError = new RetainedEstimateDescriptor(
        RetainedMemoryMetricIds.BatchMedianStandardError, "Retained/op median SE", "Standard error of Retained/op median", 7);

    public static readonly IMetricDescriptor SpanGrowth = new RetainedEstimateDescriptor(
        RetainedMemoryMetricIds.SpanGrowth, "Retained/op span", "Growth of the surviving heap over the whole measured span, per operation", 8);

    public static readonly IMetricDescriptor SpanGrowthStandardError = new RetainedEstimateDescriptor(
        RetainedMemoryMetricIds.SpanGrowthStandardError, "Retained/op span SE", "Jackknife standard error of Retained/op span", 9);

    public string Id => id;
    public string DisplayName => displayName;
    public string Legend => legend;
    public string NumberFormat => "#,0.## B";
    public UnitType UnitType => UnitType.Dimensionless;
    public string Unit => "B";
    public bool TheGreaterTheBetter => false;
    public int PriorityInCategory => priority;
    public bool GetIsAvailable(Metric metric) => false;
}
