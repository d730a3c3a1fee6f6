// Allocation measurements are per thread, but the GC is process-wide: a class whose tests measure in this process runs
// its tests alone ([DoNotParallelize]); a class whose tests measure only in processes of their own
// ([MeasuresOnlyInChildProcesses]) runs them beside each other, before the others, since most of their time is spent
// waiting for those processes.
[assembly: Parallelize(Workers = 4, Scope = ExecutionScope.MethodLevel)]
