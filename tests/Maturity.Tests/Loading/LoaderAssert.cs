using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Maturity.Diagnostics;
using Maturity.Loading;

namespace Maturity.Tests.Loading;

/// <summary>Small helpers shared by the loader tests.</summary>
internal static class LoaderAssert
{
    public const string Path = "test.yaml";

    /// <summary>A minimal valid rule file, 11 lines; many tests append to it or edit one line.</summary>
    public const string Minimal = """
        ruleset: t
        version: 1.0.0
        title: T
        languages: [en]
        dimensions:
          - id: d
            title: D
            questions:
              - id: q
                type: boolean
                text: Q

        """;

    /// <summary>Loads <paramref name="yaml"/> and returns the one diagnostic with <paramref name="code"/>;
    /// fails (listing every diagnostic) when there is none or more than one.</summary>
    public static Diagnostic LoadAndSingle(string yaml, string code, RuleSetLoaderOptions? options = null) =>
        Single(RuleSetLoader.LoadText(yaml, Path, options), code);

    public static Diagnostic Single(RuleSetLoadResult result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        matches.Should().ContainSingle("exactly one {0} was expected among:\n{1}", code, Describe(result));
        return matches[0];
    }

    public static string Describe(RuleSetLoadResult result) =>
        result.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join("\n", result.Diagnostics);

    /// <summary>Asserts code, severity, path, line and column, and that an error leaves no rule set behind.</summary>
    public static void ShouldBe(this Diagnostic d, string code, int line, int column, DiagnosticSeverity severity = DiagnosticSeverity.Error, string path = Path)
    {
        d.Code.Should().Be(code);
        d.Severity.Should().Be(severity, d.ToString());
        d.Location.Path.Should().Be(path);
        (d.Location.Line, d.Location.Column).Should().Be((line, column), d.ToString());
        d.Message.Should().NotBeNullOrWhiteSpace();
        d.ToString().Should().StartWith(FormattableString.Invariant($"{path}({line},{column}): {(severity == DiagnosticSeverity.Error ? "error" : "warning")} {code}: "));
    }

    /// <summary>Asserts a diagnostic that names only the file (no line or column).</summary>
    public static void ShouldBeFileOnly(this Diagnostic d, string code, string path = Path)
    {
        d.Code.Should().Be(code);
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        (d.Location.Line, d.Location.Column).Should().Be((0, 0));
        d.ToString().Should().StartWith(path + ": error " + code + ": ");
    }

    /// <summary>A rule file with id <paramref name="id"/>, one dimension and one question named after it.</summary>
    public static string Sector(string id, string? extends = null, string extra = "") =>
        "ruleset: " + id + "\n"
        + "version: 1.0.0\n"
        + (extends is null ? string.Empty : "extends: " + extends + "\n")
        + "title: T\n"
        + "languages: [en]\n"
        + "dimensions:\n"
        + "  - id: d_" + id + "\n"
        + "    title: D\n"
        + "    questions:\n"
        + "      - id: q_" + id + "\n"
        + "        type: boolean\n"
        + "        text: Q\n"
        + extra;

    public static RuleSetLoadResult LoadMany(params (string Path, string Text)[] files) =>
        RuleSetLoader.Load(files.Select(f => RuleSetFile.FromText(f.Text, f.Path)));

    public static RuleSetLoadResult LoadBytes(byte[] bytes, RuleSetLoaderOptions? options = null) =>
        RuleSetLoader.Load([RuleSetFile.FromBytes(bytes, Path)], options);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static IEnumerable<string> Codes(this RuleSetLoadResult result) => result.Diagnostics.Select(d => d.Code);
}
