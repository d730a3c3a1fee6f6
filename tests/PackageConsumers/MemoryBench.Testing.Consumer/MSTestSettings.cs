// As the MSTest template has it: tests run in parallel, method by method.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
