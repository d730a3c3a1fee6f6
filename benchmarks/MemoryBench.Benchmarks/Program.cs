using MemoryBench.BenchmarkDotNet;

// Every scenario runs under MemoryBench's config, as in any project that uses the MemoryBench.BenchmarkDotNet package.
[assembly: MemoryBenchConfig]

// Runs the selected scenarios, then compares them with results/baseline.json: exit code 0, 1 or 2.
return MemoryBenchRunner.Run(typeof(Program).Assembly, args);
