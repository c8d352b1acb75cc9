using System.IO;
using Microsoft.Data.Sqlite;

namespace Maturity.Samples.Web.Storage;

/// <summary>The sample's one SQLite file, created with its tables on first use. Every query elsewhere is
/// parameterised; the adviser who owns a firm is part of every firm query's WHERE clause.</summary>
public sealed class Database
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS advisers (
            login TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            salt BLOB NOT NULL,
            hash BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS firms (
            id INTEGER PRIMARY KEY,
            adviser TEXT NOT NULL REFERENCES advisers(login),
            name TEXT NOT NULL,
            siret TEXT NOT NULL,
            naf TEXT NOT NULL,
            departement TEXT NOT NULL,
            employees INTEGER NOT NULL,
            created TEXT NOT NULL,
            UNIQUE (adviser, siret));
        CREATE TABLE IF NOT EXISTS assessments (
            id INTEGER PRIMARY KEY,
            firm INTEGER NOT NULL REFERENCES firms(id),
            campaign INTEGER NOT NULL,
            ruleset_id TEXT NOT NULL,
            ruleset_version TEXT NOT NULL,
            ruleset_hash TEXT NOT NULL,
            answers TEXT NOT NULL,
            result TEXT NULL,
            score REAL NULL,
            level TEXT NULL,
            answered INTEGER NOT NULL,
            asked INTEGER NOT NULL,
            updated TEXT NOT NULL,
            completed TEXT NULL,
            UNIQUE (firm, campaign));
        """;

    /// <summary>Creates the file and its tables when missing.</summary>
    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, ForeignKeys = true, Pooling = true }.ToString();
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = Schema;
        cmd.ExecuteNonQuery();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    private string ConnectionString { get; }

    /// <summary>An open connection; dispose it.</summary>
    public SqliteConnection Open()
    {
        var c = new SqliteConnection(ConnectionString);
        c.Open();
        return c;
    }
}
