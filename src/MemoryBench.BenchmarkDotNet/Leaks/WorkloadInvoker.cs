using System.Reflection;
using BenchmarkDotNet.Running;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Runs one benchmark case in the current process the way BenchmarkDotNet describes it: a fresh instance of the
/// type, its parameters set, arguments passed, global setup and cleanup once, iteration setup and cleanup around
/// every batch, and asynchronous results awaited.
/// </summary>
internal sealed class WorkloadInvoker
{
    private const BindingFlags AnyMember =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;

    private readonly object instance;
    private readonly Descriptor descriptor;
    private readonly object?[] arguments;
    private readonly Action<object?> awaitWorkload;

    private WorkloadInvoker(object instance, Descriptor descriptor, object?[] arguments)
    {
        this.instance = instance;
        this.descriptor = descriptor;
        this.arguments = arguments;
        awaitWorkload = AsyncCompletion.For(descriptor.WorkloadMethod.ReturnType);
    }

    /// <summary>Operations one invocation of the workload counts for ([Benchmark(OperationsPerInvoke = n)]).</summary>
    public int OperationsPerInvoke => descriptor.OperationsPerInvoke;

    public static WorkloadInvoker Create(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var descriptor = benchmarkCase.Descriptor;
        var instance = Activator.CreateInstance(descriptor.Type)
            ?? throw new InvalidOperationException($"Could not create an instance of {descriptor.Type}.");

        foreach (var parameter in benchmarkCase.Parameters.Items.Where(parameter => !parameter.IsArgument))
        {
            SetParameter(descriptor.Type, instance, parameter.Name, parameter.Value);
        }

        var arguments = descriptor.WorkloadMethod.GetParameters()
            .Select(parameter => benchmarkCase.Parameters.GetArgument(parameter.Name!).Value)
            .ToArray();

        return new WorkloadInvoker(instance, descriptor, arguments);
    }

    public void GlobalSetup() => InvokeIfDeclared(descriptor.GlobalSetupMethod);

    public void GlobalCleanup() => InvokeIfDeclared(descriptor.GlobalCleanupMethod);

    /// <summary>One iteration in BenchmarkDotNet's sense: iteration setup, the invocations, iteration cleanup.</summary>
    public void RunBatch(int invocations)
    {
        InvokeIfDeclared(descriptor.IterationSetupMethod);
        for (var i = 0; i < invocations; i++)
        {
            Invoke(descriptor.WorkloadMethod, arguments, awaitWorkload);
        }

        InvokeIfDeclared(descriptor.IterationCleanupMethod);
    }

    /// <summary>Setup and cleanup methods: most types declare none of them.</summary>
    private void InvokeIfDeclared(MethodInfo? method)
    {
        if (method is not null)
        {
            Invoke(method, [], AsyncCompletion.For(method.ReturnType));
        }
    }

    private void Invoke(MethodInfo method, object?[] methodArguments, Action<object?> awaitCompletion)
    {
        var target = method.IsStatic ? null : instance;
        awaitCompletion(method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, methodArguments, culture: null));
    }

    private static void SetParameter(Type type, object instance, string name, object? value)
    {
        if (type.GetProperty(name, AnyMember) is { CanWrite: true } property)
        {
            property.SetValue(property.GetSetMethod(nonPublic: true)!.IsStatic ? null : instance, value);
            return;
        }

        if (type.GetField(name, AnyMember) is { } field)
        {
            field.SetValue(field.IsStatic ? null : instance, value);
            return;
        }

        throw new InvalidOperationException($"{type} has no writable property or field named {name} for the parameter.");
    }
}
