using System.Collections.Immutable;

namespace MemoryBench.Attribution;

/// <summary>One object the runtime's allocation sampling picked (the AllocationSampled event).</summary>
/// <param name="TypeName">The allocated type's full name, as the runtime reports it.</param>
/// <param name="ObjectSize">The object's size in bytes, header and padding included.</param>
/// <param name="Frames">The allocating managed call stack, innermost frame first; empty when stacks were not resolved.</param>
internal sealed record AllocationSample(string TypeName, long ObjectSize, ImmutableArray<string> Frames);
