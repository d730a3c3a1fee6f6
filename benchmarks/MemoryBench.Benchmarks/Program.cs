using MemoryBench.Benchmarks.Harness;

return SuiteRun.Run(args);
