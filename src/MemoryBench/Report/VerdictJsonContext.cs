using System.Text.Json;
using System.Text.Json.Serialization;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>Source-generated serialization for <see cref="VerdictDocument"/>: camelCase names and enum values, indented.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    Converters = [typeof(CamelCaseEnumConverter<Verdict>), typeof(CamelCaseEnumConverter<Metric>), typeof(CamelCaseEnumConverter<FindingKind>), typeof(CamelCaseEnumConverter<Gen0BudgetSource>),
        typeof(CamelCaseEnumConverter<LeakChangeKind>), typeof(CamelCaseEnumConverter<BudgetRequirement>),
        typeof(CamelCaseEnumConverter<Attribution.SamplingEvent>)])]
[JsonSerializable(typeof(VerdictDocument))]
internal sealed partial class VerdictJsonContext : JsonSerializerContext;

/// <summary>Enum values as camelCase names ("overBudget"), never as numbers, so reordering an enum changes no file.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
