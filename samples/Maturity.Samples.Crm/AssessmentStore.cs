using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Maturity.Samples.Crm;

/// <summary>One stored assessment: the JSON result as the engine wrote it, indexed by account and by the exact
/// rules that produced it (id, version, hash).</summary>
public sealed record StoredAssessment(
    string AccountId,
    DateTimeOffset StoredAt,
    string RuleSetId,
    string RuleSetVersion,
    string RuleSetHash,
    double Score,
    string? Level,
    double Coverage,
    IReadOnlyDictionary<string, double?> DimensionScores,
    string FilePath);

/// <summary>Where the CRM keeps assessment results (a table in real life).</summary>
public interface IAssessmentStore
{
    StoredAssessment Save(string accountId, string json);

    StoredAssessment? Latest(string accountId);
}

/// <summary>Stores each JSON result as a file in a folder, and reads the index fields back from the JSON itself:
/// a stored result is self-describing, whatever happens to the rules later.</summary>
public sealed class FileAssessmentStore : IAssessmentStore
{
    private readonly ConcurrentDictionary<string, List<StoredAssessment>> _byAccount = new(StringComparer.Ordinal);
    private int _sequence;

    public FileAssessmentStore(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
    }

    public string Folder { get; }

    public StoredAssessment Save(string accountId, string json)
    {
        var sequence = System.Threading.Interlocked.Increment(ref _sequence);
        var path = Path.Combine(Folder, accountId + "-" + sequence.ToString("D3", CultureInfo.InvariantCulture) + ".json");
        File.WriteAllText(path, json);
        var stored = Read(accountId, path);
        var list = _byAccount.GetOrAdd(accountId, _ => []);
        lock (list)
        {
            list.Add(stored);
        }

        return stored;
    }

    public StoredAssessment? Latest(string accountId)
    {
        if (!_byAccount.TryGetValue(accountId, out var list))
        {
            return null;
        }

        lock (list)
        {
            return list.LastOrDefault();
        }
    }

    private static StoredAssessment Read(string accountId, string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var ruleSet = root.GetProperty("ruleSet");
        var level = root.GetProperty("level");
        var dimensions = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var d in root.GetProperty("dimensions").EnumerateArray())
        {
            var score = d.GetProperty("score");
            dimensions[d.GetProperty("id").GetString()!] = score.ValueKind == JsonValueKind.Null ? null : score.GetDouble();
        }

        return new StoredAssessment(
            accountId,
            DateTimeOffset.UtcNow,
            ruleSet.GetProperty("id").GetString()!,
            ruleSet.GetProperty("version").GetString()!,
            ruleSet.GetProperty("hash").GetString()!,
            root.GetProperty("score").GetDouble(),
            level.ValueKind == JsonValueKind.Null ? null : level.GetProperty("id").GetString(),
            root.GetProperty("coverage").GetDouble(),
            dimensions,
            path);
    }
}
