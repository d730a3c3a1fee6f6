namespace MemoryBench.Testing.Tests;

/// <summary>
/// A 24-byte object every call and a new 1 MiB buffer every <see cref="Period"/>-th call (a periodic flush):
/// <see cref="AmortisedBytesPerCall"/> in the long run, where the rounds between flushes (several in a row: a round
/// holds 16,384 calls at most) read 24 B a call.
/// </summary>
internal sealed class PeriodicBuffer
{
    public const int Period = 100_000;

    public const int BufferBytes = 1024 * 1024;

    // The buffer's array header: 8 B of object header, 8 B of method table, 8 B of length.
    public const double AmortisedBytesPerCall = 24 + ((BufferBytes + 24) / (double)Period);

    // Where each call's object escapes to, so that the JIT cannot keep it on the stack.
    private readonly object[] lastObject = new object[1];
    private byte[] buffer = [];
    private long calls;

    /// <summary>One call; returns the buffer's length, so that the buffer is used.</summary>
    public int Call()
    {
        lastObject[0] = new object();
        if (++calls % Period == 0)
        {
            buffer = new byte[BufferBytes];
        }

        return buffer.Length;
    }
}
