namespace MemoryBench.Testing.Leaks;

/// <summary>A retention measurement as a verdict reports it.</summary>
/// <param name="Judgement">The last window's judgement.</param>
/// <param name="Calls">Measured calls in all, every window's.</param>
/// <param name="Elapsed">Time from the operation's turn to the verdict.</param>
/// <param name="Threshold">Bytes per call above which the calls count as keeping memory: the limit, or the resolution when larger.</param>
internal sealed record LeakMeasurement(LeakJudgement Judgement, long Calls, TimeSpan Elapsed, double Threshold);
