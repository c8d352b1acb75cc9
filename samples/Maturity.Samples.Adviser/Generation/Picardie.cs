using System;
using System.Collections.Generic;

namespace Maturity.Samples.Adviser.Generation;

/// <summary>The demographic side of the synthetic portfolio: where firms are, what they do, how big they are,
/// what they are called. Plausible orders of magnitude for Picardie, not official statistics.</summary>
public static class Picardie
{
    /// <summary>Départements and their rough share of firms: Aisne, Oise, Somme.</summary>
    public static readonly (string Code, string Name, double Weight)[] Departements =
    [
        ("02", "Aisne", 0.28),
        ("60", "Oise", 0.43),
        ("80", "Somme", 0.29),
    ];

    /// <summary>Towns per département, for company names.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Towns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["02"] = ["Saint-Quentin", "Laon", "Soissons", "Château-Thierry", "Chauny", "Tergnier", "Hirson", "Guise", "Villers-Cotterêts", "Bohain"],
        ["60"] = ["Beauvais", "Compiègne", "Creil", "Nogent-sur-Oise", "Senlis", "Noyon", "Crépy-en-Valois", "Méru", "Clermont", "Chantilly", "Pont-Sainte-Maxence"],
        ["80"] = ["Amiens", "Abbeville", "Albert", "Péronne", "Doullens", "Montdidier", "Ham", "Roye", "Corbie", "Friville-Escarbotin"],
    };

    /// <summary>Share of the portfolio per rule set id (a sector not listed gets <see cref="DefaultSectorWeight"/>);
    /// <c>core</c> is the share of firms whose NAF code no sector claims.</summary>
    public static readonly IReadOnlyDictionary<string, double> SectorWeights = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["retail"] = 0.20,
        ["construction"] = 0.15,
        ["services"] = 0.15,
        ["hospitality"] = 0.10,
        ["industry"] = 0.10,
        ["health"] = 0.09,
        ["agrifood"] = 0.07,
        ["transport"] = 0.06,
        ["core"] = 0.08,
    };

    /// <summary>Weight of a sector rule set not in <see cref="SectorWeights"/>.</summary>
    public const double DefaultSectorWeight = 0.05;

    /// <summary>Mean latent maturity per sector (services and health ahead, farms and building trades behind).</summary>
    public static readonly IReadOnlyDictionary<string, double> SectorMaturity = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["services"] = 0.58,
        ["health"] = 0.50,
        ["industry"] = 0.48,
        ["hospitality"] = 0.45,
        ["retail"] = 0.43,
        ["transport"] = 0.42,
        ["construction"] = 0.38,
        ["agrifood"] = 0.36,
        ["core"] = 0.38,
    };

    /// <summary>Real NAF rév. 2 sub-classes under each two-digit division used by the shipped rule sets
    /// (a prefix with no entry gets a synthesised <c>NN.10Z</c>-style code, checked against the catalog).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> NafCodes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["01"] = ["01.11Z", "01.11Z", "01.13Z", "01.21Z", "01.41Z", "01.47Z", "01.50Z", "01.61Z"],
        ["02"] = ["02.10Z", "02.20Z"],
        ["03"] = ["03.11Z", "03.22Z"],
        ["10"] = ["10.11Z", "10.13A", "10.31Z", "10.39A", "10.51A", "10.71A", "10.71C", "10.71C", "10.81Z", "10.91Z"],
        ["11"] = ["11.02B", "11.05Z", "11.07A"],
        ["13"] = ["13.20Z", "13.92Z"],
        ["14"] = ["14.13Z", "14.19Z"],
        ["15"] = ["15.12Z"],
        ["16"] = ["16.10A", "16.23Z", "16.24Z"],
        ["17"] = ["17.21A", "17.29Z"],
        ["18"] = ["18.12Z", "18.13Z"],
        ["19"] = ["19.20Z"],
        ["20"] = ["20.14Z", "20.41Z", "20.59Z"],
        ["21"] = ["21.20Z"],
        ["22"] = ["22.21Z", "22.29A", "22.29B"],
        ["23"] = ["23.61Z", "23.70Z"],
        ["24"] = ["24.51Z"],
        ["25"] = ["25.11Z", "25.62A", "25.62B", "25.73B"],
        ["26"] = ["26.11Z", "26.51B"],
        ["27"] = ["27.12Z", "27.90Z"],
        ["28"] = ["28.29B", "28.30Z", "28.99B"],
        ["29"] = ["29.32Z"],
        ["30"] = ["30.20Z"],
        ["31"] = ["31.01Z", "31.09B"],
        ["32"] = ["32.50A", "32.99Z"],
        ["33"] = ["33.12Z", "33.20A"],
        ["41"] = ["41.20A", "41.20B"],
        ["42"] = ["42.11Z", "42.22Z"],
        ["43"] = ["43.21A", "43.22A", "43.22B", "43.31Z", "43.32A", "43.34Z", "43.91B", "43.99C"],
        ["45"] = ["45.11Z", "45.20A", "45.32Z"],
        ["46"] = ["46.18Z", "46.31Z", "46.69B", "46.73A"],
        ["47"] = ["47.11B", "47.11D", "47.24Z", "47.26Z", "47.30Z", "47.51Z", "47.71Z", "47.73Z", "47.76Z", "47.91B"],
        ["49"] = ["49.10Z", "49.31Z", "49.32Z", "49.39B", "49.41A", "49.41A", "49.41B", "49.42Z"],
        ["50"] = ["50.30Z"],
        ["51"] = ["51.10Z"],
        ["52"] = ["52.10B", "52.29A", "52.29B"],
        ["53"] = ["53.20Z"],
        ["55"] = ["55.10Z", "55.20Z", "55.30Z"],
        ["56"] = ["56.10A", "56.10A", "56.10C", "56.21Z", "56.30Z", "56.30Z"],
        ["79"] = ["79.11Z", "79.12Z"],
        ["58"] = ["58.14Z", "58.29C"],
        ["59"] = ["59.11B"],
        ["60"] = ["60.10Z"],
        ["61"] = ["61.10Z", "61.90Z"],
        ["62"] = ["62.01Z", "62.01Z", "62.02A", "62.03Z", "62.09Z"],
        ["63"] = ["63.11Z", "63.12Z"],
        ["69"] = ["69.10Z", "69.20Z", "69.20Z"],
        ["70"] = ["70.22Z", "70.22Z"],
        ["71"] = ["71.11Z", "71.12B", "71.12B"],
        ["72"] = ["72.19Z"],
        ["73"] = ["73.11Z"],
        ["74"] = ["74.10Z", "74.20Z"],
        ["86"] = ["86.10Z", "86.21Z", "86.21Z", "86.22C", "86.23Z", "86.90A", "86.90D", "86.90E"],
        ["87"] = ["87.10A", "87.10A", "87.10B", "87.30A"],
        ["88"] = ["88.10A", "88.91A", "88.99B"],
    };

    /// <summary>NAF codes no shipped sector rule set claims: cleaning, hairdressing, real estate, training…
    /// These firms fall back to <c>core</c> (each is checked against the catalog before use).</summary>
    public static readonly string[] UnclaimedNafCodes =
    [
        "81.21Z", "81.21Z", "81.30Z", "96.02A", "96.02A", "96.02B", "96.04Z", "68.31Z", "77.11A", "80.10Z",
        "82.11Z", "85.59A", "85.53Z", "93.13Z", "95.11Z", "95.22Z",
    ];

    /// <summary>Answers to profile questions that follow from the activity (question id → NAF prefix → option id);
    /// the longest matching prefix wins. Options that a rule set does not define are ignored.</summary>
    public static readonly IReadOnlyDictionary<string, (string Prefix, string Option)[]> ProfileAnswers = new Dictionary<string, (string, string)[]>(StringComparer.Ordinal)
    {
        ["production_stage"] = [("01", "farm"), ("02", "farm"), ("03", "farm"), ("10", "processing"), ("11", "processing"), ("01.47", "both"), ("10.51", "both")],
        ["care_setting"] = [("86.10", "hospital"), ("86.2", "ambulatory"), ("86.90A", "ambulatory"), ("86.90D", "ambulatory"), ("86.90E", "ambulatory"), ("86.90B", "diagnostics"), ("86.90F", "ambulatory"), ("87", "residential"), ("88", "community_social")],
    };

    /// <summary>Trade words per NAF division, for names.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Trades = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["01"] = ["EARL", "GAEC", "SCEA", "Ferme"],
        ["10"] = ["Boulangerie", "Biscuiterie", "Conserverie", "Charcuterie", "Laiterie"],
        ["11"] = ["Brasserie artisanale", "Cidrerie"],
        ["41"] = ["Construction", "Bâtiment"],
        ["43"] = ["Électricité", "Plomberie", "Menuiserie", "Couverture", "Peinture"],
        ["45"] = ["Garage", "Auto Service"],
        ["46"] = ["Négoce", "Distribution"],
        ["47"] = ["Boutique", "Pharmacie", "Librairie", "Optique", "Épicerie", "Fleurs"],
        ["49"] = ["Transports", "Taxi", "Ambulances"],
        ["52"] = ["Logistique", "Entrepôts"],
        ["55"] = ["Hôtel", "Gîte", "Camping"],
        ["56"] = ["Restaurant", "Brasserie", "Café", "Traiteur"],
        ["79"] = ["Voyages"],
        ["62"] = ["Informatique", "Numérique", "Solutions"],
        ["69"] = ["Cabinet", "Expertise comptable"],
        ["71"] = ["Bureau d'études", "Géomètre"],
        ["86"] = ["Clinique", "Cabinet médical", "Centre dentaire", "Kinésithérapie", "Laboratoire"],
        ["87"] = ["EHPAD", "Résidence"],
        ["88"] = ["Aide à domicile", "Association"],
        ["81"] = ["Nettoyage", "Propreté"],
        ["96"] = ["Coiffure", "Institut de beauté"],
    };

    /// <summary>Common family names of the north of France.</summary>
    public static readonly string[] Surnames =
    [
        "Lefebvre", "Dupont", "Leroy", "Dubois", "Lemaire", "Caron", "Leclercq", "Delattre", "Lecomte", "Roussel",
        "Martin", "Bernard", "Petit", "Durand", "Moreau", "Fournier", "Vasseur", "Boucher", "Lenoir", "Carpentier",
        "Dumont", "Flament", "Obry", "Poulain", "Dufour", "Hénon", "Vignon", "Wallet", "Tellier", "Devaux",
    ];

    /// <summary>A headcount: most firms are micro (0–9, many with no employee), a tail of small, medium and a few
    /// large firms; some activities (hospitals, care homes, factories, hauliers) run bigger.</summary>
    public static int Headcount(Random random, string naf)
    {
        var boost = naf.StartsWith("86.10", StringComparison.Ordinal) || naf.StartsWith("87", StringComparison.Ordinal) ? 2.2
            : string.CompareOrdinal(naf, "13") >= 0 && string.CompareOrdinal(naf, "34") < 0 ? 1.6
            : naf.StartsWith("49.41", StringComparison.Ordinal) || naf.StartsWith("52", StringComparison.Ordinal) ? 1.4
            : naf.StartsWith("01", StringComparison.Ordinal) || naf.StartsWith("96", StringComparison.Ordinal) ? 0.7
            : 1.0;
        var u = random.NextDouble();
        // Band shares before the boost: micro 80 %, small 15 %, medium 4 %, large 1 %.
        var shift = Math.Pow(u, boost);
        if (shift < 0.80)
        {
            var micro = random.NextDouble();
            return micro < 0.35 ? 0 : 1 + (int)(9 * Math.Pow(random.NextDouble(), 1.8));
        }

        if (shift < 0.95)
        {
            return 10 + (int)(40 * Math.Pow(random.NextDouble(), 1.5));
        }

        if (shift < 0.99)
        {
            return 50 + (int)(200 * Math.Pow(random.NextDouble(), 1.5));
        }

        return 250 + (int)(1500 * Math.Pow(random.NextDouble(), 3));
    }

    /// <summary>A company name from its activity and town.</summary>
    public static string Name(Random random, string naf, string departement)
    {
        var towns = Towns[departement];
        var town = towns[random.Next(towns.Length)];
        var surname = Surnames[random.Next(Surnames.Length)];
        if (!Trades.TryGetValue(naf.Substring(0, 2), out var trades))
        {
            trades = ["SARL", "SAS", "Ets"];
        }

        var trade = trades[random.Next(trades.Length)];
        return random.Next(3) switch
        {
            0 => trade + " " + surname,
            1 => trade + ("AEIOUÉ".Contains(town[0], StringComparison.Ordinal) ? " d'" : " de ") + town,
            _ => trade + " " + surname + " & Fils",
        };
    }

    /// <summary>Draws an index from weights.</summary>
    public static int Pick(Random random, IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var x = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }
}
