using System;

namespace Maturity.Hosting;

/// <summary>A source that can tell when its rule files change. With
/// <see cref="MaturityOptions.WatchForChanges"/>, the engine subscribes and reloads once the changes
/// have been quiet for <see cref="MaturityOptions.WatchDebounce"/>.</summary>
public interface IWatchableRuleSetSource : IRuleSetSource
{
    /// <summary>Starts watching; calls <paramref name="changed"/> (on any thread, possibly many times in a
    /// burst) after each change. Disposing the returned object stops watching.</summary>
    IDisposable Watch(Action changed);
}
