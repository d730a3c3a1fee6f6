namespace MemoryBench.Model;

/// <summary>The parts a benchmark's identity and display name are made of.</summary>
/// <param name="Namespace">The benchmark type's namespace; empty for the global namespace.</param>
/// <param name="Type">The type name as BenchmarkDotNet prints it, generic arguments included.</param>
/// <param name="Method">The benchmark method.</param>
/// <param name="Parameters">Params and arguments as BenchmarkDotNet prints them ("Count=1000, Text=abc"); empty when there are none.</param>
/// <param name="Job">The job's id.</param>
public sealed record BenchmarkName(string Namespace, string Type, string Method, string Parameters, string Job);
