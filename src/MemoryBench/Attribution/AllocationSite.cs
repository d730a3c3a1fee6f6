using System.Collections.Immutable;

namespace MemoryBench.Attribution;

/// <summary>One allocation site: a type and the call stack that allocated it, with what it allocated there.</summary>
/// <param name="TypeName">The allocated type.</param>
/// <param name="Frames">Managed frames, innermost first.</param>
/// <param name="BytesPerOperation">Estimated bytes per operation allocated through this stack.</param>
/// <param name="Samples">How many samples fell on it.</param>
internal sealed record AllocationSite(string TypeName, ImmutableArray<string> Frames, double BytesPerOperation, int Samples);
