using System.Reflection;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>Waits for what a benchmark method returns when that is a Task, a ValueTask or a ValueTask&lt;T&gt;.</summary>
/// <remarks>
/// A pending ValueTask is waited for by spinning on IsCompleted, not through AsTask: AsTask left memory alive after
/// some batches that blurred a small leak into noise (docs/measurements.md). A ValueTask may not be asked for its
/// result before it completes, so spinning is also what makes GetResult legal.
/// </remarks>
internal static class AsyncCompletion
{
    private static readonly MethodInfo WaitForValueTaskOfT =
        typeof(AsyncCompletion).GetMethod(nameof(WaitForValueTask), 1, BindingFlags.NonPublic | BindingFlags.Static, null, [typeof(object)], null)!;

    /// <summary>What waits for a result of <paramref name="returnType"/>; nothing to wait for otherwise.</summary>
    public static Action<object?> For(Type returnType)
    {
        ArgumentNullException.ThrowIfNull(returnType);
        if (typeof(Task).IsAssignableFrom(returnType))
        {
            return result => ((Task)result!).GetAwaiter().GetResult();
        }

        if (returnType == typeof(ValueTask))
        {
            return result => WaitForValueTask((ValueTask)result!);
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return WaitForValueTaskOfT.MakeGenericMethod(returnType.GetGenericArguments()).CreateDelegate<Action<object?>>();
        }

        return _ => { };
    }

    private static void WaitForValueTask(ValueTask task)
    {
        var spinner = default(SpinWait);
        while (!task.IsCompleted)
        {
            spinner.SpinOnce();
        }

        task.GetAwaiter().GetResult();
    }

    private static void WaitForValueTask<T>(object? result)
    {
        var task = (ValueTask<T>)result!;
        var spinner = default(SpinWait);
        while (!task.IsCompleted)
        {
            spinner.SpinOnce();
        }

        task.GetAwaiter().GetResult();
    }
}
