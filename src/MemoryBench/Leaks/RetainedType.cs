namespace MemoryBench.Leaks;

/// <summary>One type whose live instances grew with the operations between two heap snapshots.</summary>
/// <param name="TypeName">The type's full name, as the runtime reports it.</param>
/// <param name="BytesPerOperation">Growth of the type's live bytes, per operation.</param>
/// <param name="InstancesPerOperation">Growth of its live instances, per operation (an array that grows by doubling moves its bytes, not its count).</param>
internal sealed record RetainedType(string TypeName, double BytesPerOperation, double InstancesPerOperation);
