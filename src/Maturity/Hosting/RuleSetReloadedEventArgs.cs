using System;

namespace Maturity.Hosting;

/// <summary>Data of <see cref="IMaturityEngine.Reloaded"/>.</summary>
public sealed class RuleSetReloadedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public RuleSetReloadedEventArgs(RuleSetReloadResult result)
    {
        Result = result ?? throw new ArgumentNullException(nameof(result));
    }

    /// <summary>The outcome of the reload.</summary>
    public RuleSetReloadResult Result { get; }
}
