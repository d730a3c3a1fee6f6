using MemoryBench.BenchmarkDotNet;

return SuiteRun.Run(typeof(Program).Assembly, args);
