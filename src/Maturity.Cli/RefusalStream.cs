using System;
using System.IO;

namespace Maturity.Cli;

/// <summary>Writes through to an output file and turns the file system's refusals into one kind of error: a full
/// disk is an <see cref="IOException"/> naming the temporary file, but a file size limit (<c>ulimit -f</c>, a
/// FAT32 stick's 4 GiB) surfaces from .NET as an <see cref="ArgumentOutOfRangeException"/>, which would otherwise
/// reach the CLI's last line of defence as an "internal error".</summary>
internal sealed class RefusalStream(FileStream inner) : Stream
{
    private const int NoSpaceErrno = 28;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception ex) when (Refusal(ex) is { } refusal)
        {
            throw refusal;
        }
    }

    public override void Flush() => Translate(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Runs a write and rethrows a refusal as an <see cref="IOException"/> that says why in words.</summary>
    public static void Translate(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (Refusal(ex) is { } refusal)
        {
            throw refusal;
        }
    }

    private static IOException? Refusal(Exception ex) => ex switch
    {
        ArgumentOutOfRangeException => new IOException(CliMessages.Text(CliMessages.FileTooLarge()), ex),
        IOException { HResult: NoSpaceErrno } => new IOException(CliMessages.Text(CliMessages.NoSpaceLeft()), ex),
        _ => null,
    };
}
