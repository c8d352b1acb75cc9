using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Maturity.Tests.Schema;

/// <summary>Checks every shipped rule file against <c>rules/schema/ruleset.schema.json</c>, the schema
/// editors use for completion, and checks that the schema rejects typical mistakes.</summary>
public class RuleFileSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(SchemaPath));

    private static string SchemaPath => Path.Combine(TestPaths.Rules, "schema", "ruleset.schema.json");

    /// <summary>Every <c>rules/**/*.yaml</c>, as a path relative to <c>rules/</c> with forward slashes.</summary>
    public static TheoryData<string> RuleFiles() => new(RuleFilePaths());

    private static IEnumerable<string> RuleFilePaths() =>
        Directory.EnumerateFiles(TestPaths.Rules, "*.yaml", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(TestPaths.Rules, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);

    [Fact]
    public void RuleFiles_ShippedFolder_IncludeCoreAndTheReferenceModels()
    {
        var files = RuleFilePaths().ToList();

        files.Should().Contain(["core.yaml", "reference/eurostat-dii.yaml", "reference/edih-dma.yaml"]);
    }

    [Fact]
    public void Schema_AgainstTheDraft202012MetaSchema_IsValid()
    {
        var metaSchemaCheck = MetaSchemas.Draft202012.Evaluate(
            JsonNode.Parse(File.ReadAllText(SchemaPath)),
            new EvaluationOptions { OutputFormat = OutputFormat.List, Culture = CultureInfo.InvariantCulture });

        metaSchemaCheck.IsValid.Should().BeTrue(Describe(metaSchemaCheck));
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Evaluate_ShippedRuleFile_MatchesTheSchema(string ruleFile)
    {
        var json = YamlToJson.Convert(File.ReadAllText(Path.Combine(TestPaths.Rules, ruleFile)));

        var result = Evaluate(json);

        result.IsValid.Should().BeTrue($"{ruleFile} should match the schema:{Environment.NewLine}{Describe(result)}");
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void FirstLine_ShippedRuleFile_NamesTheSchema(string ruleFile)
    {
        var fullPath = Path.Combine(TestPaths.Rules, ruleFile);
        var relativeSchema = Path.GetRelativePath(Path.GetDirectoryName(fullPath)!, SchemaPath).Replace('\\', '/');

        var firstLine = File.ReadLines(fullPath).FirstOrDefault();

        firstLine.Should().Be("# yaml-language-server: $schema=" + relativeSchema);
    }

    /// <summary>A minimal valid rule file; each invalid case below changes one line of it.</summary>
    private const string ValidSnippet = """
        ruleset: snippet
        version: 1.0.0
        title: { fr: Essai, en: Test }
        languages: [fr, en]
        appliesTo: { naf: ["86", "86.10Z"] }
        answerSets:
          adoption:
            - { id: none, points: 0, label: { fr: Aucun, en: None } }
            - { id: full, points: 1, label: { fr: Total, en: Full } }
        dimensions:
          - id: security
            title: { fr: Sécurité, en: Security }
            questions:
              - id: mfa
                type: boolean
                text: { fr: "Double authentification ?", en: "Multi-factor authentication?" }
              - id: cloud_use
                type: choice
                answers: adoption
                weight: 0.5
                text: { fr: "Cloud ?", en: "Cloud?" }
              - id: skills
                type: scale
                min: 0
                max: 4
                labels:
                  0: { fr: Aucune, en: None }
                text: { fr: Compétences, en: Skills }
        levels:
          - { id: initial, min: 0 }
          - { id: structured, min: 50, requires: ["mfa and cloud_use >= 'full'"] }
        recommendations:
          - id: enable-mfa
            when: not mfa
            effort: low
            text: { fr: Activer la double authentification., en: Turn on multi-factor authentication. }
            links:
              - { url: "https://www.cybermalveillance.gouv.fr/", title: Cybermalveillance.gouv.fr }
        """;

    /// <summary>Invalid snippets: case name, text to replace in <see cref="ValidSnippet"/>, replacement,
    /// and the JSON pointer under which the schema must report an error.</summary>
    public static TheoryData<string, string, string, string> InvalidSnippets() => new()
    {
        { "unknown key", "    weight: 0.5\n", "    wieght: 0.5\n", "/dimensions/0/questions/1" },
        { "unknown top-level key", "languages: [fr, en]\n", "languages: [fr, en]\nlanguage: fr\n", "" },
        { "bad question type", "    type: boolean\n", "    type: yesno\n", "/dimensions/0/questions/0/type" },
        { "missing text", "\n        text: { fr: \"Double authentification ?\", en: \"Multi-factor authentication?\" }", string.Empty, "/dimensions/0/questions/0" },
        { "http link", "url: \"https://www.cybermalveillance", "url: \"http://www.cybermalveillance", "/recommendations/0/links/0/url" },
        { "bad question id pattern", "  - id: cloud_use\n", "  - id: Cloud-Use\n", "/dimensions/0/questions/1/id" },
        { "bad option id pattern", "{ id: full,", "{ id: Full-Use,", "/answerSets/adoption/1/id" },
        { "scale without max", "\n        max: 4", string.Empty, "/dimensions/0/questions/2" },
        { "choice without answers", "\n        answers: adoption", string.Empty, "/dimensions/0/questions/1" },
        { "version not semantic", "version: 1.0.0", "version: \"1.0\"", "/version" },
        { "version as a YAML number", "version: 1.0.0", "version: 1.5", "/version" },
        { "bad effort", "effort: low", "effort: tiny", "/recommendations/0/effort" },
        { "negative weight", "weight: 0.5", "weight: -1", "/dimensions/0/questions/1/weight" },
        { "recommendation without when", "\n    when: not mfa", string.Empty, "/recommendations/0" },
        { "NAF code not quoted as text", "naf: [\"86\", \"86.10Z\"]", "naf: [86]", "/appliesTo/naf/0" },
    };

    [Fact]
    public void Evaluate_ValidSnippet_IsValid()
    {
        var result = Evaluate(YamlToJson.Convert(ValidSnippet));

        result.IsValid.Should().BeTrue(Describe(result));
    }

    [Theory]
    [MemberData(nameof(InvalidSnippets))]
    public void Evaluate_InvalidSnippet_FailsAtTheExpectedLocation(string name, string find, string replace, string errorLocation)
    {
        var snippet = ValidSnippet.Replace("\r\n", "\n");
        snippet.Should().Contain(find, $"case '{name}' must change the valid snippet");
        snippet = ReplaceFirst(snippet, find, replace);

        var result = Evaluate(YamlToJson.Convert(snippet));

        result.IsValid.Should().BeFalse($"case '{name}' should be rejected");
        Failures(result).Should().Contain(
            f => f.Location == errorLocation || f.Location.StartsWith(errorLocation + "/", StringComparison.Ordinal),
            $"case '{name}' should be reported at '{errorLocation}'; got:{Environment.NewLine}{Describe(result)}");
    }

    [Fact]
    public void Convert_YamlScalars_KeepsStringsAndNumbersApartUnderAnyCulture()
    {
        var json = YamlToJson.Convert("""
            version: 1.0.0
            quoted: "86"
            single: '0.5'
            integer: 86
            decimal: 0.5
            exponent: 1e3
            flag: true
            word: yes
            empty:
            list: [1.25, "2", three]
            """);

        json!["version"]!.GetValue<string>().Should().Be("1.0.0");
        json["quoted"]!.GetValue<string>().Should().Be("86");
        json["single"]!.GetValue<string>().Should().Be("0.5");
        json["integer"]!.GetValue<long>().Should().Be(86);
        json["decimal"]!.GetValue<decimal>().Should().Be(0.5m);
        json["exponent"]!.GetValue<decimal>().Should().Be(1000m);
        json["flag"]!.GetValue<bool>().Should().BeTrue();
        json["word"]!.GetValue<string>().Should().Be("yes", "YAML 1.2: only true/false are booleans");
        json["empty"].Should().BeNull();
        json["list"]!.ToJsonString().Should().Be("[1.25,\"2\",\"three\"]");
    }

    private static EvaluationResults Evaluate(JsonNode? instance) =>
        Schema.Value.Evaluate(
            instance,
            new EvaluationOptions { OutputFormat = OutputFormat.List, Culture = CultureInfo.InvariantCulture });

    private static List<(string Location, string Message)> Failures(EvaluationResults result)
    {
        var failures = new List<(string, string)>();
        Collect(result, failures);
        return failures;

        static void Collect(EvaluationResults node, List<(string, string)> into)
        {
            if (node.Errors is { Count: > 0 } errors)
            {
                foreach (var error in errors)
                {
                    into.Add((node.InstanceLocation.ToString(), $"{error.Key}: {error.Value} (schema {node.EvaluationPath})"));
                }
            }

            if (node.HasDetails)
            {
                foreach (var detail in node.Details)
                {
                    Collect(detail, into);
                }
            }
        }
    }

    private static string Describe(EvaluationResults result) =>
        string.Join(Environment.NewLine, Failures(result).Select(f => $"  at '{f.Location}': {f.Message}"));

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length));
    }
}

/// <summary>Converts a YAML document to a <see cref="JsonNode"/> the way the rule format reads it:
/// quoted scalars are strings; plain scalars are null (empty, <c>~</c>, <c>null</c>), booleans
/// (<c>true</c>/<c>false</c>), numbers (invariant culture) or else strings, so <c>1.0.0</c> and
/// <c>"86"</c> stay strings.</summary>
internal static class YamlToJson
{
    private static readonly Regex Integer = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);

    private static readonly Regex Decimal = new(
        @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : ToNode(stream.Documents[0].RootNode);
    }

    private static JsonNode? ToNode(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var entry in mapping.Children)
                {
                    var key = entry.Key is YamlScalarNode scalarKey
                        ? scalarKey.Value ?? string.Empty
                        : throw new InvalidOperationException("Only scalar keys are supported, at " + entry.Key.Start);
                    obj.Add(key, ToNode(entry.Value)); // throws on a duplicate key
                }

                return obj;

            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(ToNode(item));
                }

                return array;

            case YamlScalarNode scalar:
                return ToScalar(scalar);

            default:
                throw new InvalidOperationException("Unsupported YAML node " + node.NodeType + " at " + node.Start);
        }
    }

    private static JsonValue? ToScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (Integer.IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        if (Decimal.IsMatch(value)
            && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value);
    }
}
