using MemoryBench.Comparison;
using MemoryBench.Report;

namespace MemoryBench.History.Rendering;

/// <summary>The history's figures in words and numbers: "Allocated/op" in bytes, Gen0/1/2 per 1,000 operations, "Retained/op" in bytes.</summary>
internal static class FigureText
{
    public static string Name(Metric figure) => figure switch
    {
        Metric.AllocatedBytesPerOperation => "Allocated/op",
        Metric.Gen0Collections => "Gen0 per 1k ops",
        Metric.Gen1Collections => "Gen1 per 1k ops",
        Metric.Gen2Collections => "Gen2 per 1k ops",
        Metric.RetainedBytesPerOperation => "Retained/op",
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "Not a figure the history keeps."),
    };

    /// <summary>"1,016 B", "38.09 KiB", "0.119": a mean of several runs keeps its fraction of a byte below 1 KiB.</summary>
    public static string Value(Metric figure, double value) => IsBytes(figure)
        ? Math.Abs(value) < 1024 && value != Math.Round(value) ? NumberText.Significant(value, 4) + " B" : ByteSize.Format(value)
        : NumberText.Significant(value);

    /// <summary>"+16 B (+1.6%)" or "+0.012 (+10.1%)".</summary>
    public static string Change(Metric figure, double before, double after, bool ascii = false)
    {
        var relative = DeltaText.Relative(before, after, ascii);
        var delta = after - before;
        var sign = delta < 0 ? (ascii ? "-" : DeltaText.Minus) : "+";
        var absolute = IsBytes(figure) ? Value(figure, Math.Abs(delta)) : NumberText.Significant(Math.Abs(delta));
        return $"{sign}{absolute} ({relative})";
    }

    public static bool IsBytes(Metric figure) => figure is Metric.AllocatedBytesPerOperation or Metric.RetainedBytesPerOperation;
}
