namespace MemoryBench.Reading;

/// <summary>
/// A file read once from start to end that must not hold more bytes than it had when it was opened: a file still being
/// written is refused, not read half-written.
/// </summary>
/// <param name="file">The open file, at <paramref name="start"/>.</param>
/// <param name="path">The file's path, for the error.</param>
/// <param name="length">Its length when it was opened.</param>
/// <param name="start">Where in the file the stream starts.</param>
internal sealed class KnownLengthStream(Stream file, string path, long length, long start = 0) : Stream
{
    private long position = start;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = file.Read(buffer);
        position += read;
        return position > length ? throw InputFile.Grew(path) : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
