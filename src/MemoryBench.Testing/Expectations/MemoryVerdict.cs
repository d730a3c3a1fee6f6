namespace MemoryBench.Testing;

/// <summary>Whether an operation kept a memory promise, the measurement that says so, and what to tell a person.</summary>
/// <param name="Passed">True when the promise was kept.</param>
/// <param name="Message">What was promised and what was measured; for a failure, what was allocated.</param>
/// <param name="Measurement">The measurement the verdict was reached on (the confirming one, after a failure).</param>
/// <param name="TopTypes">The types that took most of the bytes, when allocations broke the promise; else empty.</param>
public sealed record MemoryVerdict(bool Passed, string Message, AllocationMeasurement Measurement, IReadOnlyList<AllocatedType> TopTypes);
