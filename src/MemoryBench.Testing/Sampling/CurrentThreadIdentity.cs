using System.Reflection;

namespace MemoryBench.Testing.Sampling;

/// <summary>The operating-system id of the calling thread: the id the runtime's allocation events carry.</summary>
/// <remarks>
/// .NET has it only as an internal property, <c>Thread.CurrentOSThreadId</c>, on every runtime since .NET Core 3.0.
/// An earlier version learnt it from an event of its own, but an event's thread id is read lazily and, with several
/// tests sampling at once, could name another test's thread. When the property is missing, sampling is not filtered.
/// </remarks>
internal static class CurrentThreadIdentity
{
    private static readonly Func<ulong>? Read = typeof(Thread)
        .GetProperty("CurrentOSThreadId", BindingFlags.Static | BindingFlags.NonPublic)?
        .GetMethod?
        .CreateDelegate<Func<ulong>>();

    /// <summary>The calling thread's id, or null where the runtime does not tell it.</summary>
    public static long? OperatingSystemId => Read is null ? null : (long)Read();
}
