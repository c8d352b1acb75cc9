namespace Maturity.Cli;

/// <summary>The command's exit codes: 0 success, 1 invalid input (diagnostics printed), 2 bad usage or an
/// output that cannot be written, 3 an internal error (a bug: no input should ever cause it), 130 interrupted.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl+C or a termination signal (128 + SIGINT, as shells report it); nothing written.</summary>
    public const int Interrupted = 130;
}
