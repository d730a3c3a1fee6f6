using System.Text.Json;

namespace MemoryBench.Reading;

/// <summary>Reads one unit of a JSON document (a member, an array element) from a reader over the bytes that follow the last unit.</summary>
/// <exception cref="JsonException">The unit is not what was expected, or its bytes are not all in the reader's data yet.</exception>
internal delegate T JsonUnit<out T>(ref Utf8JsonReader reader);

/// <summary>
/// Reads a UTF-8 JSON stream through one buffer, a unit at a time, without the serializer's read-ahead (which scans every
/// value once to know it is whole, then again to read it). A unit is read optimistically: when it fails before the stream's
/// end, the failure may only mean that its bytes straddle the buffer's end, so the buffer is refilled (grown, when the unit
/// fills it) and the unit read again from its start. A unit that fails with the whole stream in hand is what the stream
/// holds; its exception is the caller's.
/// </summary>
/// <param name="utf8">The stream, at <paramref name="origin"/>.</param>
/// <param name="bufferBytes">The buffer's first size.</param>
/// <param name="origin">Where in the document the stream starts: a reader may start part-way, inside an array.</param>
/// <param name="state">The reader's state at <paramref name="origin"/>.</param>
internal sealed class JsonUnitReader(Stream utf8, int bufferBytes, long origin = 0, JsonReaderState state = default)
{
    private byte[] buffer = new byte[Math.Max(bufferBytes, 4)];
    private int start;
    private int end;
    private long dropped;
    private bool isFinalBlock;
    private bool filled;

    /// <summary>Where in the document the next unit starts.</summary>
    public long Position => origin + dropped + start;

    /// <exception cref="JsonException">The unit failed with the whole stream in hand.</exception>
    /// <exception cref="InvalidOperationException">The unit asked the reader for a value of another kind, with the whole stream in hand.</exception>
    /// <exception cref="FormatException">A number did not fit, with the whole stream in hand.</exception>
    public T Read<T>(JsonUnit<T> unit) => Run(unit, take: true);

    /// <summary>Where in the document the next token starts, read without taking it.</summary>
    /// <exception cref="JsonException">There is none, or it is not JSON.</exception>
    public long NextTokenStart() =>
        Position + Run(static (ref reader) => reader.Read() ? reader.TokenStartIndex : throw new JsonException("expected a token"), take: false);

    /// <summary>Nothing but white space is left after the document.</summary>
    /// <exception cref="JsonException">Something is.</exception>
    public void ReadEnd() => Read(static (ref reader) =>
        !reader.IsFinalBlock ? throw new JsonException("expected the stream's end")
        : reader.Read() ? throw new JsonException("expected nothing after the document")
        : true);

    /// <param name="unit">The unit.</param>
    /// <param name="take">Whether the unit's bytes are taken, or left for the next unit to read again.</param>
    private T Run<T>(JsonUnit<T> unit, bool take)
    {
        FillFirst();
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), isFinalBlock, state);
            try
            {
                var value = unit(ref reader);
                if (take)
                {
                    start += checked((int)reader.BytesConsumed);
                    state = reader.CurrentState;
                }

                return value;
            }
            catch (Exception error) when (!isFinalBlock && error is JsonException or InvalidOperationException or FormatException)
            {
                Fill();
            }
        }
    }

    private void FillFirst()
    {
        if (filled)
        {
            return;
        }

        Fill();
        filled = true;
        // As the serializer does: editors on Windows write a UTF-8 byte order mark.
        if (origin == 0 && buffer.AsSpan(0, end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = 3;
        }
    }

    /// <summary>Keeps the unread bytes, makes room (doubling the buffer when they fill it) and reads on.</summary>
    private void Fill()
    {
        var unread = end - start;
        if (unread == buffer.Length)
        {
            Array.Resize(ref buffer, checked(buffer.Length * 2));
        }
        else if (start > 0)
        {
            buffer.AsSpan(start, unread).CopyTo(buffer);
        }

        dropped += start;
        start = 0;
        end = unread;
        var wanted = buffer.Length - end;
        var read = utf8.ReadAtLeast(buffer.AsSpan(end), wanted, throwOnEndOfStream: false);
        end += read;
        isFinalBlock = read < wanted;
    }
}
