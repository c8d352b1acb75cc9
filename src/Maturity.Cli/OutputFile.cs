using System;
using System.Collections.Generic;
using System.IO;
using Maturity.Diagnostics;
using Maturity.Internal;

namespace Maturity.Cli;

/// <summary>The one way the CLI writes a result file, whatever its format: into a temporary file in the target's
/// folder, moved over the target only by <see cref="Commit"/> once the run is complete. A run that fails or is
/// stopped leaves the earlier result (and any input) as it was.</summary>
internal sealed class OutputFile : IDisposable
{
    private readonly FileStream _stream;
    private bool _committed;

    private OutputFile(string path, string temporary, FileStream stream)
    {
        Path = path;
        _temporary = temporary;
        _stream = stream;
        Stream = new RefusalStream(stream);
    }

    private readonly string _temporary;

    public string Path { get; }

    /// <summary>The temporary file's stream; write the whole result here. A write the file system refuses (disk
    /// full, file size limit) throws an <see cref="IOException"/> whose message is the reason, without the temporary
    /// file's name, which means nothing to the reader.</summary>
    public Stream Stream { get; }

    /// <summary>Why the outputs cannot be written, in one line, or null: a target that is one of the inputs (through
    /// any link) or another output, whose folder is missing, or that is a folder, a device or a read-only file.</summary>
    public static LocalizedMessage? Problem(IReadOnlyList<string> inputs, IReadOnlyList<string> outputs)
    {
        for (var i = 0; i < outputs.Count; i++)
        {
            var output = outputs[i];
            foreach (var input in inputs)
            {
                if (FileFacts.SameFile(input, output))
                {
                    return CliMessages.OutputIsInput(output, input);
                }
            }

            for (var j = 0; j < i; j++)
            {
                if (FileFacts.SameFile(outputs[j], output))
                {
                    return CliMessages.OutputTwice(output);
                }
            }

            if (TargetProblem(output) is { } problem)
            {
                return CliMessages.CannotWrite(output, CliMessages.Text(problem));
            }
        }

        return null;
    }

    /// <summary>Opens a temporary file next to <paramref name="path"/>; check <see cref="Problem"/> first.</summary>
    public static OutputFile Create(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, "." + System.IO.Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        return new OutputFile(full, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
    }

    /// <summary>Flushes the result to disk and moves it over the target.</summary>
    public void Commit()
    {
        RefusalStream.Translate(() => _stream.Flush(flushToDisk: true));
        _stream.Dispose();
        File.Move(_temporary, Path, overwrite: true);
        _committed = true;
    }

    /// <summary>Deletes the temporary file unless it was committed.</summary>
    public void Dispose()
    {
        _stream.Dispose();
        if (!_committed)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: a leftover hidden .tmp file never replaces a result.
            }
        }
    }

    private static LocalizedMessage? TargetProblem(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is null || FileFacts.Of(folder).Kind != FileKind.Directory)
        {
            return CliMessages.FolderMissing();
        }

        return FileFacts.Of(full).Kind switch
        {
            FileKind.Directory => CliMessages.IsAFolder(),
            FileKind.Special => CliMessages.NotARegularFile(),
            FileKind.Regular when (File.GetAttributes(full) & FileAttributes.ReadOnly) != 0 => CliMessages.ReadOnly(),
            _ => null,
        };
    }
}
