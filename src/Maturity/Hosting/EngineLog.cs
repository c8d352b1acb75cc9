using System;
using Microsoft.Extensions.Logging;

namespace Maturity.Hosting;

/// <summary>What the engine tells the host's log: reloads, and handlers that failed on a timer thread where no
/// caller could see the exception. Messages for operators, in English like the framework's own.</summary>
internal static class EngineLog
{
    private static readonly Action<ILogger, ReloadTrigger, int, int, Exception?> ReloadedMessage = LoggerMessage.Define<ReloadTrigger, int, int>(
        LogLevel.Information, new EventId(1, "RuleSetsReloaded"), "Maturity rule sets reloaded ({Trigger}): {RuleSetCount} rule sets, {WarningCount} warnings.");

    private static readonly Action<ILogger, ReloadTrigger, int, string, Exception?> ReloadFailedMessage = LoggerMessage.Define<ReloadTrigger, int, string>(
        LogLevel.Warning, new EventId(2, "RuleSetReloadFailed"), "Maturity rule sets reload ({Trigger}) failed with {ErrorCount} errors; the previous rule sets stay in service. First error: {FirstError}");

    private static readonly Action<ILogger, Exception?> HandlerFailedMessage = LoggerMessage.Define(
        LogLevel.Error, new EventId(3, "ReloadedHandlerFailed"), "A Maturity Reloaded event handler threw after an automatic reload; the reload itself is in LastReload.");

    public static void Reloaded(ILogger logger, RuleSetReloadResult result) =>
        ReloadedMessage(logger, result.Trigger, result.Catalog.RuleSets.Count, result.Diagnostics.Count, null);

    public static void ReloadFailed(ILogger logger, RuleSetReloadResult result)
    {
        var errors = result.Errors;
        ReloadFailedMessage(logger, result.Trigger, errors.Count, errors.Count > 0 ? errors[0].ToString() : string.Empty, null);
    }

    public static void HandlerFailed(ILogger logger, Exception exception) => HandlerFailedMessage(logger, exception);
}
