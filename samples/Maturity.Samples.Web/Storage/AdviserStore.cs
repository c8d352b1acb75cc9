using System;
using System.Security.Cryptography;

namespace Maturity.Samples.Web.Storage;

/// <summary>Advisers and their password hashes (PBKDF2-SHA256, per-user salt, constant-time comparison).</summary>
public sealed class AdviserStore(Database db)
{
    private const int Iterations = 100_000;

    /// <summary>Adds an adviser, or does nothing when the login exists.</summary>
    public void Add(string login, string name, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT OR IGNORE INTO advisers (login, name, salt, hash) VALUES ($l, $n, $s, $h)";
        cmd.Parameters.AddWithValue("$l", login);
        cmd.Parameters.AddWithValue("$n", name);
        cmd.Parameters.AddWithValue("$s", salt);
        cmd.Parameters.AddWithValue("$h", Hash(password, salt));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The adviser's display name when the password is right; null otherwise.</summary>
    public string? Verify(string login, string password)
    {
        using var c = db.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name, salt, hash FROM advisers WHERE login = $l";
        cmd.Parameters.AddWithValue("$l", login);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            // Same work as a real check, so timing does not tell which logins exist.
            Hash(password, new byte[16]);
            return null;
        }

        var salt = (byte[])r["salt"];
        var hash = (byte[])r["hash"];
        return CryptographicOperations.FixedTimeEquals(Hash(password, salt), hash) ? r.GetString(0) : null;
    }

    private static byte[] Hash(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password ?? string.Empty, salt, Iterations, HashAlgorithmName.SHA256, 32);
}
