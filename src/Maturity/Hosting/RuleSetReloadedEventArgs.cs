using System;
using Maturity.Internal;

namespace Maturity.Hosting;

/// <summary>Data of <see cref="IMaturityEngine.Reloaded"/>.</summary>
public sealed class RuleSetReloadedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public RuleSetReloadedEventArgs(RuleSetReloadResult result)
    {
        Result = Guard.NotNull(result);
    }

    /// <summary>The outcome of the reload.</summary>
    public RuleSetReloadResult Result { get; }
}
