using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using MemoryBench.Benchmarks.Harness;
using MemoryBench.Testing.Measuring;

namespace FastJobProcess;

/// <summary>
/// One benchmark of the suite, named as in results/baseline.json without the namespace ("Type.Method(Count=1000)"):
/// an instance set up by its [Params] and [GlobalSetup], as BenchmarkDotNet sets it up, and cleaned up by its
/// [GlobalCleanup] when disposed (the leaky scenarios keep what they leak in statics).
/// </summary>
public sealed class SuiteBenchmark : IDisposable
{
    private readonly object instance;
    private readonly MethodInfo method;

    private SuiteBenchmark(string name, object instance, MethodInfo method)
    {
        Name = name;
        this.instance = instance;
        this.method = method;
        RunAll<GlobalSetupAttribute>();
        Operation = method.ReturnType == typeof(void)
            ? method.CreateDelegate<Action>(instance)
            : (Action)typeof(DiscardedResult<>).MakeGenericType(method.ReturnType).GetMethod(nameof(DiscardedResult<int>.Of))!
                .Invoke(null, [method.CreateDelegate(typeof(Func<>).MakeGenericType(method.ReturnType), instance)])!;
    }

    public string Name { get; }

    /// <summary>Whether the scenario keeps what it does between calls (it has a [GlobalCleanup] to forget it).</summary>
    public bool KeepsState => instance.GetType().GetMethods().Any(m => m.IsDefined(typeof(GlobalCleanupAttribute)));

    /// <summary>
    /// One call, its result discarded (never boxed), as MemoryBench.Testing calls a Func: a wrapper that never inlines
    /// the benchmark, whose own code is then promoted with its profile as BenchmarkDotNet's is (code compiled once, as an
    /// expression tree's is, would inline it unprofiled: the iterator's enumerator read 48 B a call more).
    /// </summary>
    public Action Operation { get; }

    /// <summary>Sets up the benchmark named <paramref name="name"/>.</summary>
    public static SuiteBenchmark Create(string name)
    {
        var (typeName, methodName, parameters) = Parse(name);
        var type = SuiteCatalog.Types.SingleOrDefault(t => t.Name == typeName)
            ?? throw new ArgumentException($"The suite has no benchmark class {typeName}.", nameof(name));
        var instance = Activator.CreateInstance(type)!;
        foreach (var (parameter, value) in parameters)
        {
            var property = type.GetProperty(parameter) ?? throw new ArgumentException($"{typeName} has no parameter {parameter}.", nameof(name));
            property.SetValue(instance, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        var method = type.GetMethod(methodName) ?? throw new ArgumentException($"{typeName} has no benchmark {methodName}.", nameof(name));
        return new SuiteBenchmark(name, instance, method);
    }

    /// <summary>One call's result, awaited when the benchmark is asynchronous.</summary>
    public object? Call()
    {
        var result = method.Invoke(instance, null);
        if (result is not null && result.GetType().IsGenericType && result.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            result = result.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null);
        }

        if (result is not Task task)
        {
            return result;
        }

        task.GetAwaiter().GetResult();
        return task.GetType().GetProperty(nameof(Task<int>.Result))?.GetValue(task);
    }

    public void Dispose() => RunAll<GlobalCleanupAttribute>();

    private static (string Type, string Method, IReadOnlyList<(string Name, string Value)> Parameters) Parse(string benchmark)
    {
        var open = benchmark.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? benchmark : benchmark[..open];
        var parameters = open < 0
            ? []
            : benchmark[(open + 1)..^1].Split(", ").Select(pair => pair.Split('=')).Select(pair => (pair[0], pair[1])).ToList();
        var dot = name.LastIndexOf('.');
        return (name[..dot], name[(dot + 1)..], parameters);
    }

    private void RunAll<TAttribute>()
        where TAttribute : Attribute
    {
        foreach (var candidate in instance.GetType().GetMethods().Where(m => m.IsDefined(typeof(TAttribute))))
        {
            _ = candidate.Invoke(candidate.IsStatic ? null : instance, null);
        }
    }
}
