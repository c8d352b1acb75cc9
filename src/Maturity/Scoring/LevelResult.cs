using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>A level reached. Immutable.</summary>
public sealed class LevelResult
{
    internal LevelResult(Level level) => Level = level;

    /// <summary>The level definition.</summary>
    public Level Level { get; }

    /// <summary>Level id.</summary>
    public string Id => Level.Id;

    /// <summary>Position, 0 = lowest.</summary>
    public int Index => Level.Index;
}
