using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Maturity.Internal;
using Maturity.Scoring;

namespace Maturity.Output;

/// <summary>Writes a result in the stable JSON shape of docs/results.md (camelCase, invariant numbers).
/// Hosts store it with the rule set's id, version and hash to trace it later.</summary>
public static class AssessmentJson
{
    /// <summary>The result as an indented JSON document.</summary>
    public static string Write(AssessmentResult result, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(result, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the result to a stream as UTF-8 JSON.</summary>
    public static void Write(AssessmentResult result, Stream stream, bool indented = true)
    {
        Guard.NotNull(result);

        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        Write(result, w);
    }

    /// <summary>Writes the result as one JSON object.</summary>
    public static void Write(AssessmentResult result, Utf8JsonWriter w)
    {
        Guard.NotNull(result);
        Guard.NotNull(w);

        w.WriteStartObject();
        w.WriteNumber("schemaVersion", 1);
        w.WriteStartObject("ruleSet");
        w.WriteString("id", result.RuleSetId);
        w.WriteString("version", result.RuleSetVersion);
        w.WriteString("hash", result.RuleSetHash);
        w.WriteEndObject();

        var c = result.Company;
        w.WriteStartObject("company");
        w.WriteString("id", c.Id);
        WriteOptional(w, "name", c.Name);
        WriteOptional(w, "naf", c.Naf);
        if (c.Employees is { } e)
        {
            w.WriteNumber("employees", e);
        }

        WriteOptional(w, "territory", c.Territory);
        if (c.AssessedOn is { } date)
        {
            w.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        w.WriteEndObject();

        w.WriteNumber("score", result.Score);
        w.WriteNumber("maxScore", result.MaxScore);
        WriteLevel(w, "level", result.Level);
        w.WriteNumber("coverage", result.Coverage);
        w.WriteStartObject("indicators");
        foreach (var indicator in result.Indicators)
        {
            if (indicator.Indicator.Kind == Model.IndicatorKind.Boolean)
            {
                w.WriteBoolean(indicator.Id, indicator.IsTrue);
            }
            else
            {
                w.WriteNumber(indicator.Id, indicator.Value);
            }
        }

        w.WriteEndObject();

        w.WriteStartArray("dimensions");
        foreach (var d in result.Dimensions)
        {
            WriteNode(w, d);
        }

        w.WriteEndArray();

        w.WriteStartArray("nodes");
        foreach (var n in result.Nodes)
        {
            WriteNode(w, n);
        }

        w.WriteEndArray();

        w.WriteStartArray("questions");
        foreach (var q in result.Questions)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            w.WriteString("state", q.State switch
            {
                AnswerState.Answered => "answered",
                AnswerState.NotApplicable => "notApplicable",
                AnswerState.NotAsked => "notAsked",
                _ => "unanswered",
            });
            if (q.Answer is { } a)
            {
                w.WriteString("answer", a.ToString());
            }

            w.WriteNumber("points", q.Points);
            w.WriteNumber("maxPoints", q.MaxPoints);
            w.WriteNumber("contribution", q.Contribution);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        WriteIds(w, "notApplicable", result.NotApplicable);
        WriteIds(w, "unanswered", result.Unanswered);

        if (result.NextLevel is { } next)
        {
            w.WriteStartObject("nextLevel");
            w.WriteString("id", next.Id);
            w.WriteNumber("index", next.Level.Index);
            w.WriteNumber("min", next.Level.Min);
            w.WriteNumber("pointsMissing", next.PointsMissing);
            WriteIds(w, "unmetRequirements", next.UnmetRequirements);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("nextLevel");
        }

        w.WriteStartArray("recommendations");
        foreach (var r in result.Recommendations)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteNumber("gain", r.Gain);
            w.WriteString("effort", r.Recommendation.Effort.ToString().ToLowerInvariant());
            WriteLevel(w, "levelAfter", r.LevelAfter);
            WriteIds(w, "improves", r.Recommendation.Improves);
            w.WriteBoolean("unlocksNextLevel", r.UnlocksNextLevel);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("warnings");
        foreach (var d in result.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            w.WriteString("location", d.Location.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteNode(Utf8JsonWriter w, NodeResult n)
    {
        w.WriteStartObject();
        w.WriteString("id", n.Id);
        if (n.Node.ParentId is { } parent)
        {
            w.WriteString("parent", parent);
        }

        if (n.Score is { } s)
        {
            w.WriteNumber("score", s);
        }
        else
        {
            w.WriteNull("score");
        }

        w.WriteNumber("maxScore", n.MaxScore);
        w.WriteNumber("weight", n.Weight);
        w.WriteNumber("coverage", n.Coverage);
        w.WriteNumber("contribution", n.Contribution);
        WriteLevel(w, "level", n.Level);
        w.WriteEndObject();
    }

    private static void WriteLevel(Utf8JsonWriter w, string name, LevelResult? level)
    {
        if (level is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("id", level.Id);
        w.WriteNumber("index", level.Index);
        w.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter w, string name, System.Collections.Generic.IReadOnlyList<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
