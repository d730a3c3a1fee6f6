namespace MemoryBench.History.ChangePoints;

/// <summary>Where a series changes: the first value after the change, and the two sides' means between their neighbouring changes.</summary>
/// <param name="Index">The position in the series of the first value that belongs to the new level.</param>
/// <param name="Before">The mean from the previous change (or the start) up to <paramref name="Index"/>.</param>
/// <param name="After">The mean from <paramref name="Index"/> up to the next change (or the end).</param>
/// <param name="PValue">Welch's test of the two sides, multiplied by the positions the split could have taken (Bonferroni).</param>
internal sealed record ChangePoint(int Index, double Before, double After, double PValue);
