using System;
using System.IO;

namespace Maturity.Tests.Reliability;

/// <summary>An endless (or very long) stream of one byte value that counts what was read from it: proves a reader
/// stops at its limit, deterministically, without a clock.</summary>
internal sealed class CountingStream(long length = long.MaxValue, byte value = 0) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - BytesRead);
        buffer.AsSpan(offset, n).Fill(value);
        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
