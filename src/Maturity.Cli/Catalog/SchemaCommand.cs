using System.CommandLine;
using System.IO;
using Maturity.Catalog;

namespace Maturity.Cli.Catalog;

/// <summary><c>maturity schema [-o file]</c>: the rule-set JSON Schema shipped with the tool, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--out", "-o") { Description = CliMessages.Text(CliMessages.HelpSchemaOut()) };
        var command = new Command("schema", CliMessages.Text(CliMessages.HelpSchema(ShippedRuleSets.SchemaId))) { output };
        command.SetAction(parse => Execute(parse.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Execute(string? output, TextWriter stdout, TextWriter stderr)
    {
        if (output is null)
        {
            stdout.Write(ShippedRuleSets.SchemaJson);
            return ExitCodes.Success;
        }

        return NewFile.Write(output, ShippedRuleSets.SchemaJson, stdout, stderr);
    }
}
