namespace MemoryBench.Leaks;

/// <summary>The heap that survived a full collection after a number of operations.</summary>
/// <param name="Operations">Operations run since the measurement started, cumulative.</param>
/// <param name="SurvivingBytes">Bytes still alive after the full blocking collection that followed them.</param>
internal readonly record struct HeapSample(long Operations, long SurvivingBytes);
