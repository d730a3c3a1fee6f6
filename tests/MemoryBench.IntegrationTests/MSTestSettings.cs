// Allocation measurements are per thread, but the GC is process-wide: tests run one at a time.
[assembly: DoNotParallelize]
