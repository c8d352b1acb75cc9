using System;
using System.Collections.Generic;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>A validated, compiled rule set: ids resolved to array slots, expressions compiled.
/// Immutable and thread-safe: one instance serves any number of concurrent assessments.</summary>
public sealed partial class RuleSet
{
    private readonly Dictionary<string, Question> _questionsById;
    private readonly Dictionary<string, RuleNode> _nodesById;

    internal RuleSet(
        string id,
        string version,
        string? extends,
        Label title,
        Label? description,
        IReadOnlyList<string> languages,
        IReadOnlyList<string> nafPrefixes,
        bool isFallback,
        ScoreScale scale,
        UnansweredPolicy unanswered,
        bool cumulativeLevels,
        Aggregation aggregation,
        IReadOnlyList<RuleNode> nodes,
        IReadOnlyList<Question> questions,
        IReadOnlyList<Level> levels,
        IReadOnlyList<Recommendation> recommendations,
        IReadOnlyList<Indicator> indicators,
        string hash,
        string sourcePath,
        ScoringPlan plan)
    {
        Id = id;
        Version = version;
        Extends = extends;
        Title = title;
        Description = description;
        Languages = languages;
        NafPrefixes = nafPrefixes;
        IsFallback = isFallback;
        Scale = scale;
        Unanswered = unanswered;
        CumulativeLevels = cumulativeLevels;
        Aggregation = aggregation;
        Nodes = nodes;
        Questions = questions;
        Levels = levels;
        Recommendations = recommendations;
        Indicators = indicators;
        Hash = hash;
        SourcePath = sourcePath;
        Plan = plan;
        var dims = new List<RuleNode>();
        _nodesById = new Dictionary<string, RuleNode>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            _nodesById[n.Id] = n;
            if (n.IsDimension)
            {
                dims.Add(n);
            }
        }

        Dimensions = dims;
        _questionsById = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var q in questions)
        {
            _questionsById[q.Id] = q;
        }
    }

    /// <summary>Rule set id.</summary>
    public string Id { get; }

    /// <summary>Semantic version.</summary>
    public string Version { get; }

    /// <summary>Id of the base rule set, or null.</summary>
    public string? Extends { get; }

    /// <summary>Display name.</summary>
    public Label Title { get; }

    /// <summary>Description, or null.</summary>
    public Label? Description { get; }

    /// <summary>Languages every label exists in.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>NAF/APE prefixes, normalised (no dots, upper case), e.g. <c>86</c>, <c>8610Z</c>.</summary>
    public IReadOnlyList<string> NafPrefixes { get; }

    /// <summary>True when the catalog uses this rule set for companies no other rule set claims.</summary>
    public bool IsFallback { get; }

    /// <summary>Normalised (0–100) or raw scores.</summary>
    public ScoreScale Scale { get; }

    /// <summary>How unanswered questions score.</summary>
    public UnansweredPolicy Unanswered { get; }

    /// <summary>True when a level also needs every lower level.</summary>
    public bool CumulativeLevels { get; }

    /// <summary>How dimensions combine into the overall score.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>Top-level nodes.</summary>
    public IReadOnlyList<RuleNode> Dimensions { get; }

    /// <summary>Every dimension and group, parents before children.</summary>
    public IReadOnlyList<RuleNode> Nodes { get; }

    /// <summary>Every question, in declaration order.</summary>
    public IReadOnlyList<Question> Questions { get; }

    /// <summary>Overall levels, lowest first.</summary>
    public IReadOnlyList<Level> Levels { get; }

    /// <summary>Recommendations, in declaration order.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; }

    /// <summary>Named indicators computed with every assessment, in declaration order (inherited ones first).</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>SHA-256 (hex, lower case) of the resolved rule files' text: a stored result can always be traced to the exact rules.</summary>
    public string Hash { get; }

    /// <summary>The file this rule set was loaded from.</summary>
    public string SourcePath { get; }

    internal ScoringPlan Plan { get; }

    /// <summary>The question with <paramref name="id"/>, or null.</summary>
    public Question? FindQuestion(string id) => _questionsById.TryGetValue(id, out var q) ? q : null;

    /// <summary>The dimension or group with <paramref name="id"/>, or null.</summary>
    public RuleNode? FindNode(string id) => _nodesById.TryGetValue(id, out var n) ? n : null;

    /// <summary><c>id@version</c>.</summary>
    public override string ToString() => Id + "@" + Version;
}
