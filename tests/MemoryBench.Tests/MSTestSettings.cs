// Pure tests: nothing here measures memory or shares process state, so every test method may run beside another.
[assembly: Parallelize(Workers = 0, Scope = ExecutionScope.MethodLevel)]
