// The assertions' tests run the way a user's would: in parallel, one worker per core, beside a neighbour that
// allocates on other threads the whole time (Neighbours/).
[assembly: Parallelize(Workers = 0, Scope = ExecutionScope.MethodLevel)]
