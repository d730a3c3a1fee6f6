using System.Text.Json.Serialization;

namespace MemoryBench.Reading.Export;

/// <summary>
/// Source-generated reading of BenchmarkDotNet exports. Property names are BenchmarkDotNet's own
/// (PascalCase); unknown properties are skipped, since every BenchmarkDotNet version adds some;
/// a null where the contract has no null is an error, not a crash later.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ExportDocument))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
