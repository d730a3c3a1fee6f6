using System.Reflection;

namespace MemoryBench.Testing.MSTest;

/// <summary>A test method's body as an operation to measure: bound to an instance of its class, set up and cleaned up.</summary>
internal static class TestMethodBody
{
    /// <exception cref="InvalidOperationException">The method cannot be measured (parameters, return value, no parameterless constructor).</exception>
    public static async Task<AssertFailedException?> MeasureAsync(MethodInfo method, Func<Action, AssertFailedException?> check)
    {
        if (method.GetParameters().Length != 0 || method.ReturnType != typeof(void))
        {
            throw new InvalidOperationException($"{method.Name} must take no parameters and return void to be measured.");
        }

        if (method.IsStatic)
        {
            return check(method.CreateDelegate<Action>());
        }

        var type = method.DeclaringType ?? throw new InvalidOperationException($"{method.Name} has no declaring type.");
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"{type.Name} needs a public parameterless constructor for {method.Name} to be measured.");
        }

        var instance = Activator.CreateInstance(type)!;
        await RunAllAsync(instance, typeof(TestInitializeAttribute), baseClassFirst: true).ConfigureAwait(false);
        try
        {
            return check(method.CreateDelegate<Action>(instance));
        }
        finally
        {
            await RunAllAsync(instance, typeof(TestCleanupAttribute), baseClassFirst: false).ConfigureAwait(false);
            (instance as IDisposable)?.Dispose();
        }
    }

    // MSTest runs base classes' [TestInitialize] first and their [TestCleanup] last.
    private static async Task RunAllAsync(object instance, Type attribute, bool baseClassFirst)
    {
        var hierarchy = new List<Type>();
        for (var type = instance.GetType(); type is not null; type = type.BaseType)
        {
            hierarchy.Add(type);
        }

        if (baseClassFirst)
        {
            hierarchy.Reverse();
        }

        foreach (var type in hierarchy)
        {
            var methods = type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(method => method.IsDefined(attribute, inherit: false) && method.GetParameters().Length == 0);
            foreach (var method in methods)
            {
                switch (method.Invoke(instance, null))
                {
                    case Task task:
                        await task.ConfigureAwait(false);
                        break;
                    case ValueTask valueTask:
                        await valueTask.ConfigureAwait(false);
                        break;
                }
            }
        }
    }
}
