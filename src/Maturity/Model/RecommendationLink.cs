namespace Maturity.Model;

/// <summary>A link to a public programme or guide. Immutable.</summary>
public sealed class RecommendationLink
{
    internal RecommendationLink(string url, Label? title)
    {
        Url = url;
        Title = title;
    }

    /// <summary>Absolute https URL.</summary>
    public string Url { get; }

    /// <summary>Link text, or null to show the URL.</summary>
    public Label? Title { get; }
}
