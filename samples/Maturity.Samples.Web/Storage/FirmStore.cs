using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Maturity.Samples.Web.Storage;

/// <summary>Firms and their assessments. Every method takes the signed-in adviser and only ever reads or
/// changes that adviser's firms: another adviser's firm is simply not found.</summary>
public sealed class FirmStore(Database db)
{
    private const string AssessmentColumns = "a.firm, a.campaign, a.ruleset_id, a.ruleset_version, a.ruleset_hash, a.answers, a.result, a.score, a.level, a.answered, a.asked, a.updated, a.completed";

    /// <summary>The adviser's firms with their latest campaign, by name.</summary>
    public IReadOnlyList<FirmSummary> List(string adviser)
    {
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT f.id, f.adviser, f.name, f.siret, f.naf, f.departement, f.employees, " + AssessmentColumns + """
             FROM firms f LEFT JOIN assessments a ON a.firm = f.id
              AND a.campaign = (SELECT MAX(campaign) FROM assessments WHERE firm = f.id)
            WHERE f.adviser = $a ORDER BY f.name COLLATE NOCASE, f.id
            """;
        cmd.Parameters.AddWithValue("$a", adviser);
        using var r = cmd.ExecuteReader();
        var list = new List<FirmSummary>();
        while (r.Read())
        {
            list.Add(new FirmSummary(ReadFirm(r), r.IsDBNull(7) ? null : ReadAssessment(r, 7)));
        }

        return list;
    }

    /// <summary>The firm when it is the adviser's; null otherwise (missing or another adviser's).</summary>
    public Firm? Find(string adviser, long id)
    {
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, adviser, name, siret, naf, departement, employees FROM firms WHERE id = $id AND adviser = $a";
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$a", adviser);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadFirm(r) : null;
    }

    /// <summary>Adds a firm; null when the adviser already has a firm with this SIRET.</summary>
    public long? Add(string adviser, string name, string siret, string naf, string departement, int employees, DateTime now)
    {
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO firms (adviser, name, siret, naf, departement, employees, created) VALUES ($a, $n, $s, $naf, $d, $e, $t)
            ON CONFLICT (adviser, siret) DO NOTHING RETURNING id
            """;
        cmd.Parameters.AddWithValue("$a", adviser);
        cmd.Parameters.AddWithValue("$n", name);
        cmd.Parameters.AddWithValue("$s", siret);
        cmd.Parameters.AddWithValue("$naf", naf);
        cmd.Parameters.AddWithValue("$d", departement);
        cmd.Parameters.AddWithValue("$e", employees);
        cmd.Parameters.AddWithValue("$t", Stamp(now));
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    /// <summary>The firm's campaigns, oldest first; empty for a firm that is not the adviser's.</summary>
    public IReadOnlyList<AssessmentRecord> Campaigns(string adviser, long firmId)
    {
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT " + AssessmentColumns + " FROM assessments a JOIN firms f ON f.id = a.firm WHERE f.id = $f AND f.adviser = $a ORDER BY a.campaign";
        cmd.Parameters.AddWithValue("$f", firmId);
        cmd.Parameters.AddWithValue("$a", adviser);
        using var r = cmd.ExecuteReader();
        var list = new List<AssessmentRecord>();
        while (r.Read())
        {
            list.Add(ReadAssessment(r, 0));
        }

        return list;
    }

    /// <summary>Opens the next campaign of the adviser's firm as a draft; returns its number, or null when
    /// the firm is not the adviser's.</summary>
    public int? StartCampaign(string adviser, long firmId, string ruleSetId, string version, string hash, string answersJson, int answered, int asked, DateTime now)
    {
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO assessments (firm, campaign, ruleset_id, ruleset_version, ruleset_hash, answers, answered, asked, updated)
            SELECT f.id, COALESCE((SELECT MAX(campaign) FROM assessments WHERE firm = f.id), 0) + 1, $r, $v, $h, $ans, $n, $k, $t
              FROM firms f WHERE f.id = $f AND f.adviser = $a
            RETURNING campaign
            """;
        cmd.Parameters.AddWithValue("$f", firmId);
        cmd.Parameters.AddWithValue("$a", adviser);
        cmd.Parameters.AddWithValue("$r", ruleSetId);
        cmd.Parameters.AddWithValue("$v", version);
        cmd.Parameters.AddWithValue("$h", hash);
        cmd.Parameters.AddWithValue("$ans", answersJson);
        cmd.Parameters.AddWithValue("$n", answered);
        cmd.Parameters.AddWithValue("$k", asked);
        cmd.Parameters.AddWithValue("$t", Stamp(now));
        return cmd.ExecuteScalar() is long campaign ? (int)campaign : null;
    }

    /// <summary>Saves a draft's answers; false when the campaign is not the adviser's or already completed.</summary>
    public bool SaveDraft(string adviser, long firmId, int campaign, string answersJson, int answered, int asked, DateTime now) =>
        Execute("""
            UPDATE assessments SET answers = $ans, answered = $n, asked = $k, updated = $t
             WHERE firm = $f AND campaign = $c AND completed IS NULL AND firm IN (SELECT id FROM firms WHERE adviser = $a)
            """, adviser, firmId, campaign, p =>
        {
            p.AddWithValue("$ans", answersJson);
            p.AddWithValue("$n", answered);
            p.AddWithValue("$k", asked);
            p.AddWithValue("$t", Stamp(now));
        });

    /// <summary>Stores the result of a finished draft; false when it is not the adviser's or already completed.</summary>
    public bool Complete(string adviser, long firmId, int campaign, string answersJson, string resultJson, double score, string? level, int answered, int asked, DateTime now) =>
        Execute("""
            UPDATE assessments SET answers = $ans, result = $res, score = $s, level = $l, answered = $n, asked = $k, updated = $t, completed = $t
             WHERE firm = $f AND campaign = $c AND completed IS NULL AND firm IN (SELECT id FROM firms WHERE adviser = $a)
            """, adviser, firmId, campaign, p =>
        {
            p.AddWithValue("$ans", answersJson);
            p.AddWithValue("$res", resultJson);
            p.AddWithValue("$s", score);
            p.AddWithValue("$l", (object?)level ?? DBNull.Value);
            p.AddWithValue("$n", answered);
            p.AddWithValue("$k", asked);
            p.AddWithValue("$t", Stamp(now));
        });

    private bool Execute(string sql, string adviser, long firmId, int campaign, Action<SqliteParameterCollection> parameters)
    {
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$f", firmId);
        cmd.Parameters.AddWithValue("$c", campaign);
        cmd.Parameters.AddWithValue("$a", adviser);
        parameters(cmd.Parameters);
        return cmd.ExecuteNonQuery() == 1;
    }

    private static Firm ReadFirm(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt32(6));

    private static AssessmentRecord ReadAssessment(SqliteDataReader r, int i) => new(
        r.GetInt64(i),
        r.GetInt32(i + 1),
        r.GetString(i + 2),
        r.GetString(i + 3),
        r.GetString(i + 4),
        r.GetString(i + 5),
        r.IsDBNull(i + 6) ? null : r.GetString(i + 6),
        r.IsDBNull(i + 7) ? null : r.GetDouble(i + 7),
        r.IsDBNull(i + 8) ? null : r.GetString(i + 8),
        r.GetInt32(i + 9),
        r.GetInt32(i + 10),
        ParseStamp(r.GetString(i + 11)),
        r.IsDBNull(i + 12) ? null : ParseStamp(r.GetString(i + 12)));

    private static string Stamp(DateTime t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTime ParseStamp(string s) => DateTime.ParseExact(s, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
