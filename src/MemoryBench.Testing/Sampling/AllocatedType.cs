namespace MemoryBench.Testing;

/// <summary>A type the operation allocated, from the runtime's allocation sampling.</summary>
/// <param name="TypeName">The type's full name, as the runtime reports it.</param>
/// <param name="Samples">Allocation samples that fell on this type.</param>
/// <param name="Share">Its share of all samples, from 0 to 1: about its share of the bytes allocated.</param>
/// <param name="EstimatedBytesPerOperation">
/// Its share of the measured bytes per call: an estimate, as good as the number of samples.
/// </param>
public sealed record AllocatedType(string TypeName, int Samples, double Share, double EstimatedBytesPerOperation);
