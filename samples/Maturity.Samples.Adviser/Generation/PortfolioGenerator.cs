using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Catalog;

namespace Maturity.Samples.Adviser.Generation;

/// <summary>Who a firm is: stable across campaigns.</summary>
public sealed class FirmProfile
{
    internal FirmProfile(long ordinal, ulong key, string id, string name, string naf, string territory, int employees, SectorPlan sector)
    {
        Ordinal = ordinal;
        Key = key;
        Id = id;
        Name = name;
        Naf = naf;
        Territory = territory;
        Employees = employees;
        Sector = sector;
    }

    /// <summary>Position in generation order.</summary>
    public long Ordinal { get; }

    /// <summary>Key of the firm's counter-based draws.</summary>
    public ulong Key { get; }

    /// <summary>SIREN-like id (9 digits, Luhn-valid).</summary>
    public string Id { get; }

    /// <summary>Company name.</summary>
    public string Name { get; }

    /// <summary>NAF code (<c>86.10Z</c>).</summary>
    public string Naf { get; }

    /// <summary>Département code.</summary>
    public string Territory { get; }

    /// <summary>Headcount.</summary>
    public int Employees { get; }

    /// <summary>The rule set its NAF code selects.</summary>
    public SectorPlan Sector { get; }
}

/// <summary>Counts of a generation run.</summary>
public sealed class GenerationSummary
{
    /// <summary>Rows of the first campaign.</summary>
    public long FirstRows { get; internal set; }

    /// <summary>Rows of the second campaign (0 when only one was written).</summary>
    public long SecondRows { get; internal set; }

    /// <summary>Firms of the first campaign absent from the second.</summary>
    public long Left { get; internal set; }

    /// <summary>Firms of the second campaign absent from the first.</summary>
    public long Joined { get; internal set; }

    /// <summary>Firms per rule set (first campaign).</summary>
    public SortedDictionary<string, long> BySector { get; } = new(StringComparer.Ordinal);

    /// <summary>Engine validations run to settle <c>when</c> conditions (cache misses).</summary>
    public long Probes { get; internal set; }
}

/// <summary>Generates two campaigns (March 2025 and March 2026) of a synthetic, seeded portfolio of Picardie firms
/// as ';'-separated CSV in the batch format (docs/batch.md). Same seed, same files, byte for byte.
///
/// Firms: sector drawn from <see cref="Picardie.SectorWeights"/>, NAF code from the sector's prefixes, département
/// 02/60/80 weighted 0.28/0.43/0.29, skewed headcount (mostly micro), a latent maturity in [0, 1] around the
/// sector's mean (bigger firms a bit ahead). Between campaigns ~76 % of firms improve a little, ~18 % slip back,
/// ~6 % leap ahead; ~4 % leave and ~5 % (of the first campaign's count) join.</summary>
public sealed class PortfolioGenerator
{
    /// <summary>Company columns written before the question columns.</summary>
    public static readonly string[] CompanyColumns = ["id", "name", "naf", "employees", "territory", "date"];

    private readonly IReadOnlyList<SectorPlan> _plans;
    private readonly IReadOnlyList<string> _questionColumns;
    private readonly int _seed;
    private readonly bool _exact;

    /// <summary>Plans the generator for a catalog.</summary>
    /// <param name="catalog">Rule sets (the shipped ones, or any).</param>
    /// <param name="seed">Seed: same seed, same portfolio.</param>
    /// <param name="exact">Settle conditions with the whole-row engine loop on every row (slow reference path).</param>
    public PortfolioGenerator(RuleSetCatalog catalog, int seed, bool exact = false)
    {
        _questionColumns = SectorPlan.QuestionColumns(catalog);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _questionColumns.Count; i++)
        {
            columns[_questionColumns[i]] = i;
        }

        _plans = SectorPlan.For(catalog, columns);
        if (_plans.Count == 0)
        {
            throw new InvalidOperationException("no rule set in the catalog can be selected by a NAF code");
        }

        _seed = seed;
        _exact = exact;
    }

    /// <summary>The sector plans.</summary>
    public IReadOnlyList<SectorPlan> Plans => _plans;

    /// <summary>Writes the campaigns.</summary>
    /// <param name="firms">Firms of the first campaign.</param>
    /// <param name="first">First campaign CSV (2025).</param>
    /// <param name="second">Second campaign CSV (2026), or null to write only the first.</param>
    public GenerationSummary Generate(long firms, TextWriter first, TextWriter? second)
    {
        var random = new Random(_seed);
        var summary = new GenerationSummary();
        var seedKey = Stable.Hash((ulong)_seed, 0xADu);
        var weights = _plans.Select(p => p.Weight).ToArray();
        var territoryWeights = Picardie.Departements.Select(d => d.Weight).ToArray();
        // Ids: an affine bijection of the ordinal on 8 digits plus a Luhn check digit, so ids are unique and look like SIRENs.
        var idOffset = (long)(Stable.Hash((ulong)_seed, 0x51Eu) % 100_000_000UL);
        WriteHeader(first);
        if (second is not null)
        {
            WriteHeader(second);
        }

        var cells = new string[_questionColumns.Count];
        var row = new StringBuilder(2048);
        var joiners = second is null ? 0 : (long)Math.Round(firms * 0.05);
        for (long i = 0; i < firms + joiners; i++)
        {
            var firm = NewFirm(random, i, seedKey, idOffset, weights, territoryWeights);
            var latent = Latent(random, firm);
            var day = 3 + random.Next(24);
            var joined = i >= firms;
            if (!joined)
            {
                summary.FirstRows++;
                summary.BySector[firm.Sector.RuleSet.Id] = summary.BySector.GetValueOrDefault(firm.Sector.RuleSet.Id) + 1;
                WriteRow(first, row, cells, firm, latent, 0, new DateTime(2025, 3, day));
            }

            if (second is null)
            {
                continue;
            }

            var leaves = !joined && random.NextDouble() < 0.04;
            var later = joined ? latent : Evolve(random, latent);
            if (leaves)
            {
                summary.Left++;
                continue;
            }

            summary.Joined += joined ? 1 : 0;
            summary.SecondRows++;
            var day2 = Math.Clamp(day + random.Next(-2, 3), 2, 28);
            WriteRow(second, row, cells, firm, later, 1, new DateTime(2026, 3, day2));
        }

        summary.Probes = _plans.Sum(p => p.Gate.Probes);
        return summary;
    }

    private FirmProfile NewFirm(Random random, long ordinal, ulong seedKey, long idOffset, double[] weights, double[] territoryWeights)
    {
        var plan = _plans[Picardie.Pick(random, weights)];
        var naf = plan.NafCodes[random.Next(plan.NafCodes.Count)];
        var territory = Picardie.Departements[Picardie.Pick(random, territoryWeights)].Code;
        var employees = Picardie.Headcount(random, naf);
        var name = Picardie.Name(random, naf, territory);
        var body = (checked(ordinal * 7_368_787L) + idOffset) % 100_000_000L;
        var id = Siren(body);
        return new FirmProfile(ordinal, Stable.Hash(seedKey, (ulong)ordinal), id, name, naf, territory, employees, plan);
    }

    /// <summary>Latent maturity: around the sector's mean, bigger firms and the Oise (Paris commuter belt) a little ahead.</summary>
    private static double Latent(Random random, FirmProfile firm)
    {
        var size = firm.Employees >= 250 ? 0.6 : firm.Employees >= 50 ? 0.4 : firm.Employees >= 10 ? 0.2 : 0;
        var place = firm.Territory == "60" ? 0.08 : firm.Territory == "02" ? -0.08 : 0;
        return Stable.Logistic(Stable.Logit(firm.Sector.Maturity) + size + place + 0.85 * Stable.Normal(random));
    }

    /// <summary>A year later: most firms improve a little, some slip back, a few leap ahead.</summary>
    private static double Evolve(Random random, double latent)
    {
        var r = random.NextDouble();
        var step = r < 0.06 ? 0.12 + 0.18 * random.NextDouble()
            : r < 0.24 ? -(0.01 + 0.08 * random.NextDouble())
            : 0.035 + 0.03 * Stable.Normal(random);
        return Math.Clamp(latent + step, 0.01, 0.99);
    }

    private void WriteHeader(TextWriter w)
    {
        w.Write(string.Join(';', CompanyColumns));
        foreach (var c in _questionColumns)
        {
            w.Write(';');
            w.Write(c);
        }

        w.Write('\n');
    }

    private void WriteRow(TextWriter w, StringBuilder row, string[] cells, FirmProfile firm, double latent, int campaign, DateTime date)
    {
        var plan = firm.Sector;
        var own = new string[plan.Questions.Count];
        for (var i = 0; i < own.Length; i++)
        {
            own[i] = AnswerDrawer.Cell(plan.Questions[i], firm, latent, campaign);
        }

        if (_exact)
        {
            plan.Gate.ResolveExactly(own);
        }
        else
        {
            plan.Gate.Resolve(own);
        }

        Array.Fill(cells, string.Empty);
        for (var i = 0; i < own.Length; i++)
        {
            cells[plan.Questions[i].Column] = own[i];
        }

        row.Clear();
        row.Append(firm.Id).Append(';').Append(Csv(firm.Name)).Append(';').Append(firm.Naf).Append(';')
            .Append(firm.Employees.ToString(CultureInfo.InvariantCulture)).Append(';').Append(firm.Territory).Append(';')
            .Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var c in cells)
        {
            row.Append(';').Append(c);
        }

        row.Append('\n');
        w.Write(row);
    }

    private static string Csv(string text) =>
        text.IndexOfAny([';', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Nine digits: eight from <paramref name="body"/> and a Luhn check digit (as SIREN numbers have).</summary>
    public static string Siren(long body)
    {
        var digits = body.ToString("00000000", CultureInfo.InvariantCulture);
        var sum = 0;
        // Luhn over the 9-digit number: from the right, the check digit is position 1 (not doubled), so the
        // last body digit is doubled.
        for (var i = 0; i < 8; i++)
        {
            var d = digits[7 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        var check = (10 - sum % 10) % 10;
        return digits + check.ToString(CultureInfo.InvariantCulture);
    }
}
