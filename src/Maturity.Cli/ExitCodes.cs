namespace Maturity.Cli;

/// <summary>The command's exit codes: 0 success, 1 invalid input (diagnostics printed), 2 bad usage.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;
}
