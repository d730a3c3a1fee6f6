namespace MemoryBench.Model;

/// <summary>
/// What measured a run, beside the runtime its <see cref="EnvironmentFingerprint"/> names: an upgrade of either can
/// move the figures of unchanged code (BenchmarkDotNet 0.15.2 changed its allocation figures), so a comparison across
/// versions says so.
/// </summary>
/// <param name="BenchmarkDotNet">BenchmarkDotNet's version ("0.15.8"; several, comma-separated, when the run's exports disagree); null when unknown.</param>
/// <param name="MemoryBench">The version of MemoryBench.BenchmarkDotNet that took part in the run; null for BenchmarkDotNet alone.</param>
public sealed record Toolchain(string? BenchmarkDotNet, string? MemoryBench);
