using System.Collections.Immutable;

namespace MemoryBench.Leaks;

/// <summary>What a benchmark keeps alive, by type: the growth of the live heap between two snapshots.</summary>
/// <param name="Operations">Operations run between the two snapshots.</param>
/// <param name="BytesPerOperation">Growth of the whole live heap per operation (every type, shrinking ones included).</param>
/// <param name="Types">The types that grew with the operations (above what is built once, and at least 1 B/op), largest first, at most ten.</param>
internal sealed record RetainedTypes(long Operations, double BytesPerOperation, ImmutableArray<RetainedType> Types);
