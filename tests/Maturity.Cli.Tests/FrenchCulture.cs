using System.Globalization;

namespace Maturity.Cli.Tests;

/// <summary>Runs the whole test assembly under fr-FR (decimal comma) so any culture-sensitive
/// formatting in the CLI output fails loudly. Set once at module load.</summary>
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
}
