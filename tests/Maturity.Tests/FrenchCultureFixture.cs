using System.Globalization;

namespace Maturity.Tests;

/// <summary>Runs the whole test assembly under fr-FR (decimal comma) so any culture-sensitive
/// formatting or parsing in the library fails loudly. Set once at module load.</summary>
internal static class FrenchCulture
{
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void Apply()
    {
        var name = System.Environment.GetEnvironmentVariable("MATURITY_TEST_CULTURE") ?? "fr-FR";
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>fr-FR for the rest of a test, whatever MATURITY_TEST_CULTURE chose for the assembly: for the tests whose
    /// point is the French culture. Dispose to put the previous culture back.</summary>
    internal static System.IDisposable Use() => new Scope(CultureInfo.GetCultureInfo("fr-FR"));

    private sealed class Scope : System.IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

        public Scope(CultureInfo culture) => CultureInfo.CurrentCulture = culture;

        public void Dispose() => CultureInfo.CurrentCulture = _previous;
    }
}
