using Maturity.Diagnostics;

namespace Maturity.Yaml;

/// <summary>A string value with where it was written.</summary>
internal sealed class Located<T>
{
    public Located(T value, SourceLocation location)
    {
        Value = value;
        Location = location;
    }

    public T Value { get; }

    public SourceLocation Location { get; }
}
