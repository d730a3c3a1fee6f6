namespace MemoryBench.Model;

/// <summary>Memory that survives full collections, per operation: the slope of the surviving heap over operations.</summary>
/// <param name="BytesPerOperation">Estimated bytes retained per operation.</param>
/// <param name="StandardErrorBytes">The standard error of that estimate.</param>
public sealed record RetainedMemory(double BytesPerOperation, double StandardErrorBytes);
