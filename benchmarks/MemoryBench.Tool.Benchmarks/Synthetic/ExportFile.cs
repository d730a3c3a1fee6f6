using System.Text.Json;
using MemoryBench.Model;

namespace MemoryBench.Tool.Benchmarks.Synthetic;

/// <summary>
/// Writes results as a BenchmarkDotNet 0.15 full JSON export, member for member as the real ones in results/latest:
/// full statistics, every measurement of every stage (most of a real export's size), the diagnosers' metrics.
/// </summary>
public static class ExportFile
{
    private const string JobCharacteristics = "IterationCount=3, LaunchCount=1, WarmupCount=3";
    private const string HardwareIntrinsics = "AVX2+BMI1+BMI2+F16C+FMA+LZCNT+MOVBE,AVX,SSE3+SSSE3+SSE4.1+SSE4.2+POPCNT,X86Base+SSE+SSE2,AES+PCLMUL VectorSize=256";
    private const int PilotIterations = 13;
    private const int OverheadWarmupIterations = 10;
    private const int OverheadActualIterations = 20;

    public static void Write(string path, RunResults run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, IndentSize = 3 });
        json.WriteStartObject();
        json.WriteString("Title", $"{SyntheticSuite.Namespace}-20261125-080803");
        WriteHost(json, run.Environment ?? SyntheticSuite.Environment);
        json.WriteStartArray("Benchmarks");
        foreach (var benchmark in run.Benchmarks)
        {
            WriteBenchmark(json, benchmark);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteHost(Utf8JsonWriter json, EnvironmentFingerprint environment)
    {
        json.WriteStartObject("HostEnvironmentInfo");
        json.WriteString("BenchmarkDotNetCaption", "BenchmarkDotNet");
        json.WriteString("BenchmarkDotNetVersion", "0.15.8");
        json.WriteString("OsVersion", environment.Os);
        json.WriteString("ProcessorName", "AMD EPYC");
        json.WriteNumber("PhysicalProcessorCount", 1);
        json.WriteNumber("PhysicalCoreCount", environment.ProcessorCount);
        json.WriteNumber("LogicalCoreCount", environment.ProcessorCount);
        json.WriteString("RuntimeVersion", $"{environment.Runtime} (10.0.12, 10.0.1226.42308)");
        json.WriteString("Architecture", environment.Architecture);
        json.WriteBoolean("HasAttachedDebugger", false);
        json.WriteBoolean("HasRyuJit", true);
        json.WriteString("Configuration", "RELEASE");
        json.WriteString("DotNetCliVersion", "10.0.401");
        json.WriteStartObject("ChronometerFrequency");
        json.WriteNumber("Hertz", 1_000_000_000);
        json.WriteEndObject();
        json.WriteString("HardwareTimerKind", "Unknown");
        json.WriteEndObject();
    }

    private static void WriteBenchmark(Utf8JsonWriter json, BenchmarkResult benchmark)
    {
        var name = benchmark.Name;
        var memory = benchmark.Memory!;
        var time = benchmark.Time!;
        json.WriteStartObject();
        json.WriteString("DisplayInfo", $"{name.Type}.{name.Method}: {name.Job}({JobCharacteristics}) [{name.Parameters}]");
        json.WriteString("Namespace", name.Namespace);
        json.WriteString("Type", name.Type);
        json.WriteString("Method", name.Method);
        json.WriteString("MethodTitle", name.Method);
        json.WriteString("Parameters", name.Parameters.Replace(", ", "&", StringComparison.Ordinal));
        json.WriteString("FullName", $"{name.Namespace}.{name.Type}.{name.Method}({name.Parameters.Replace("=", ": ", StringComparison.Ordinal)})");
        json.WriteString("HardwareIntrinsics", HardwareIntrinsics);
        WriteStatistics(json, [.. time.WorkloadNanosecondsPerOperation]);
        json.WriteStartObject("Memory");
        json.WriteNumber("Gen0Collections", memory.Gen0Collections);
        json.WriteNumber("Gen1Collections", memory.Gen1Collections);
        json.WriteNumber("Gen2Collections", memory.Gen2Collections);
        json.WriteNumber("TotalOperations", memory.TotalOperations);
        json.WriteNumber("BytesAllocatedPerOperation", memory.BytesAllocatedPerOperation);
        json.WriteEndObject();
        WriteMeasurements(json, memory.TotalOperations / time.WorkloadNanosecondsPerOperation.Length, time);
        WriteMetrics(json, memory);
        json.WriteEndObject();
    }

    private static void WriteStatistics(Utf8JsonWriter json, double[] values)
    {
        Array.Sort(values);
        var mean = values.Average();
        var median = values[values.Length / 2];
        var variance = values.Sum(value => (value - mean) * (value - mean)) / (values.Length - 1);
        var deviation = Math.Sqrt(variance);
        var error = deviation / Math.Sqrt(values.Length);
        var (q1, q3) = ((values[0] + median) / 2, (median + values[^1]) / 2);
        json.WriteStartObject("Statistics");
        json.WriteStartArray("OriginalValues");
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
        json.WriteNumber("N", values.Length);
        json.WriteNumber("Min", values[0]);
        json.WriteNumber("LowerFence", q1 - (1.5 * (q3 - q1)));
        json.WriteNumber("Q1", q1);
        json.WriteNumber("Median", median);
        json.WriteNumber("Mean", mean);
        json.WriteNumber("Q3", q3);
        json.WriteNumber("UpperFence", q3 + (1.5 * (q3 - q1)));
        json.WriteNumber("Max", values[^1]);
        json.WriteNumber("InterquartileRange", q3 - q1);
        foreach (var outliers in new[] { "LowerOutliers", "UpperOutliers", "AllOutliers" })
        {
            json.WriteStartArray(outliers);
            json.WriteEndArray();
        }

        json.WriteNumber("StandardError", error);
        json.WriteNumber("Variance", variance);
        json.WriteNumber("StandardDeviation", deviation);
        json.WriteNumber("Skewness", 0.37425923325825905);
        json.WriteNumber("Kurtosis", 0.6666666666666666);
        json.WriteStartObject("ConfidenceInterval");
        json.WriteNumber("N", values.Length);
        json.WriteNumber("Mean", mean);
        json.WriteNumber("StandardError", error);
        json.WriteNumber("Level", 12);
        json.WriteNumber("Margin", error * 31.6);
        json.WriteNumber("Lower", mean - (error * 31.6));
        json.WriteNumber("Upper", mean + (error * 31.6));
        json.WriteEndObject();
        json.WriteStartObject("Percentiles");
        foreach (var (percentile, value) in new[] { (0, values[0]), (25, q1), (50, median), (67, (median + q3) / 2), (80, q3), (85, q3), (90, q3), (95, values[^1]), (100, values[^1]) })
        {
            json.WriteNumber($"P{percentile}", value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Every stage BenchmarkDotNet runs, in its order; only the actual workload iterations carry the statistics.</summary>
    private static void WriteMeasurements(Utf8JsonWriter json, long operations, TimeSummary time)
    {
        var perOperation = time.MeanNanoseconds;
        json.WriteStartArray("Measurements");
        WriteMeasurement(json, "Overhead", "Jitting", 1, 1, 240_000);
        WriteMeasurement(json, "Workload", "Jitting", 1, 1, 350_000);
        WriteMeasurement(json, "Overhead", "Jitting", 2, 16, 4_000);
        WriteMeasurement(json, "Workload", "Jitting", 2, 16, 16 * perOperation);
        for (var i = 1; i <= PilotIterations; i++)
        {
            var pilotOperations = Math.Max(16, operations * i / PilotIterations);
            WriteMeasurement(json, "Workload", "Pilot", i, pilotOperations, pilotOperations * perOperation);
        }

        for (var i = 1; i <= OverheadWarmupIterations; i++)
        {
            WriteMeasurement(json, "Overhead", "Warmup", i, operations, operations * 0.35);
        }

        for (var i = 1; i <= OverheadActualIterations; i++)
        {
            WriteMeasurement(json, "Overhead", "Actual", i, operations, operations * 0.34);
        }

        WriteMeasurement(json, "Workload", "Warmup", 1, operations, operations * perOperation * 1.2);
        for (var i = 0; i < time.WorkloadNanosecondsPerOperation.Length; i++)
        {
            WriteMeasurement(json, "Workload", "Actual", i + 1, operations, operations * (time.WorkloadNanosecondsPerOperation[i] + 0.34));
        }

        for (var i = 0; i < time.WorkloadNanosecondsPerOperation.Length; i++)
        {
            WriteMeasurement(json, "Workload", "Result", i + 1, operations, operations * time.WorkloadNanosecondsPerOperation[i]);
        }

        json.WriteEndArray();
    }

    private static void WriteMeasurement(Utf8JsonWriter json, string mode, string stage, int index, long operations, double nanoseconds)
    {
        json.WriteStartObject();
        json.WriteString("IterationMode", mode);
        json.WriteString("IterationStage", stage);
        json.WriteNumber("LaunchIndex", 1);
        json.WriteNumber("IterationIndex", index);
        json.WriteNumber("Operations", operations);
        // Whole nanoseconds, as BenchmarkDotNet's 1 GHz chronometer reports them.
        json.WriteNumber("Nanoseconds", Math.Round(nanoseconds));
        json.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter json, MemoryMetrics memory)
    {
        var perThousand = 1000.0 / memory.TotalOperations;
        json.WriteStartArray("Metrics");
        WriteMetric(json, memory.Gen0Collections * perThousand, "Gen0Collects", "Gen0", "GC Generation 0 collects per 1000 operations", "#0.0000", 0, "Count", 0);
        WriteMetric(json, memory.Gen1Collections * perThousand, "Gen1Collects", "Gen1", "GC Generation 1 collects per 1000 operations", "#0.0000", 0, "Count", 1);
        WriteMetric(json, memory.Gen2Collections * perThousand, "Gen2Collects", "Gen2", "GC Generation 2 collects per 1000 operations", "#0.0000", 0, "Count", 2);
        WriteMetric(
            json, memory.BytesAllocatedPerOperation, "Allocated Memory", "Allocated",
            "Allocated memory per single operation (managed only, inclusive, 1KB = 1024B)", "0.##", 2, "B", 3);
        json.WriteEndArray();
    }

    private static void WriteMetric(
        Utf8JsonWriter json, double value, string id, string displayName, string legend, string format, int unitType, string unit, int priority)
    {
        json.WriteStartObject();
        json.WriteNumber("Value", value);
        json.WriteStartObject("Descriptor");
        json.WriteString("Id", id);
        json.WriteString("DisplayName", displayName);
        json.WriteString("Legend", legend);
        json.WriteString("NumberFormat", format);
        json.WriteNumber("UnitType", unitType);
        json.WriteString("Unit", unit);
        json.WriteBoolean("TheGreaterTheBetter", false);
        json.WriteNumber("PriorityInCategory", priority);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
