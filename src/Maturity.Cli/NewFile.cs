using System.IO;
using System.Text;

namespace Maturity.Cli;

/// <summary>Writes a file the tool creates (a schema, a template, a rule-set skeleton), never over an existing
/// one: what is there may be someone's work.</summary>
internal static class NewFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Write(string path, string text, TextWriter stdout, TextWriter stderr) =>
        Write(path, Utf8.GetBytes(text), stdout, stderr);

    public static int Write(string path, byte[] bytes, TextWriter stdout, TextWriter stderr)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            CliMessages.Fail(stderr, CliMessages.AlreadyExists(path));
            return ExitCodes.Usage;
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes, 0, bytes.Length);
            }
        }
        catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException)
        {
            CliMessages.Fail(stderr, CliMessages.CannotWrite(path, ex.Message));
            return ExitCodes.InvalidInput;
        }

        stdout.WriteLine(CliMessages.Text(CliMessages.Wrote(path)));
        return ExitCodes.Success;
    }
}
