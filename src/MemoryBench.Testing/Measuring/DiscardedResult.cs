using System.Runtime.CompilerServices;

namespace MemoryBench.Testing.Measuring;

/// <summary>
/// An operation that returns a value, as an <see cref="Action"/> that drops the value: never boxed, and compiled once,
/// fully optimised, so that the operation is never inlined into it (see <see cref="CallLoop"/>).
/// </summary>
internal sealed class DiscardedResult<T>(Func<T> operation)
{
    public static Action Of(Func<T> operation) => new DiscardedResult<T>(operation).Call;

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private void Call() => _ = operation();
}
