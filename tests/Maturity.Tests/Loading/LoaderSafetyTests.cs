using System;
using System.Linq;
using System.Text;
using Maturity.Diagnostics;
using Maturity.Loading;
using static Maturity.Tests.Loading.LoaderAssert;

namespace Maturity.Tests.Loading;

/// <summary>Hostile and malformed inputs: each gets a diagnostic, never an exception, a hang or a stack overflow.</summary>
public class LoaderSafetyTests
{
    // Bounded work is checked by allocation, not by the clock: a wall-clock limit fails on a loaded machine,
    // while an expanded bomb or a quadratic blow-up shows as hundreds of megabytes allocated.
    private static RuleSetLoadResult Bounded(Func<RuleSetLoadResult> load, long maxBytes = 256L << 20)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = load();
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(maxBytes);
        result.RuleSets.Should().BeEmpty();
        result.Success.Should().BeFalse();
        return result;
    }

    [Fact]
    public void Load_BillionLaughsAliasBomb_IsRejectedQuickly_AtTheFirstAnchor()
    {
        var sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var prev = (char)(c - 1);
            sb.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
        }

        var result = Bounded(() => RuleSetLoader.LoadText(sb.ToString(), Path), maxBytes: 16L << 20);
        result.Diagnostics.Should().ContainSingle();
        result.Diagnostics[0].ShouldBe("MAT005", 1, 4);
    }

    [Fact]
    public void Load_PythonObjectTag_IsRejected()
    {
        var result = Bounded(() => RuleSetLoader.LoadText("ruleset: !!python/object/apply:os.system [\"rm -rf /\"]\n", Path));
        result.Diagnostics.Should().ContainSingle();
        result.Diagnostics[0].ShouldBe("MAT006", 1, 10);
        result.Diagnostics[0].Message.Should().Contain("python/object");
    }

    [Fact]
    public void Load_LocalTag_IsRejected() =>
        LoadAndSingle("ruleset: !System.IO.File t\n", DiagnosticCodes.Tag).ShouldBe("MAT006", 1, 10);

    [Fact]
    public void Load_BytesOverMaxFileBytes_AreRejectedBeforeDecoding()
    {
        var result = Bounded(() => LoadBytes(Utf8(Minimal + new string('#', 10_000)), new RuleSetLoaderOptions { MaxFileBytes = 1_024 }));
        Single(result, DiagnosticCodes.FileTooLarge).ShouldBeFileOnly("MAT008");
    }

    [Fact]
    public void Load_TextOverMaxFileBytes_IsRejected()
    {
        var result = Bounded(() => RuleSetLoader.LoadText(Minimal, Path, new RuleSetLoaderOptions { MaxFileBytes = 16 }));
        var d = Single(result, DiagnosticCodes.FileTooLarge);
        d.ShouldBeFileOnly("MAT008");
        d.Message.Should().Be("text is " + Minimal.Length + " characters, more than the limit of 16");
    }

    [Fact]
    public void Load_FileOnDiskOverMaxFileBytes_IsRejectedWithoutReadingIt()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "maturity-big-" + Guid.NewGuid().ToString("N") + ".yaml");
        System.IO.File.WriteAllText(path, Minimal + new string('#', 4_000));
        try
        {
            var result = RuleSetLoader.LoadFiles([path], new RuleSetLoaderOptions { MaxFileBytes = 1_000 });
            Single(result, DiagnosticCodes.FileTooLarge).ShouldBeFileOnly("MAT008", path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Load_HundredThousandOpeningBrackets_IsTooDeep_NotAStackOverflow()
    {
        var result = Bounded(() => RuleSetLoader.LoadText(new string('[', 100_000), Path));
        result.Diagnostics.Should().ContainSingle();
        result.Diagnostics[0].ShouldBe("MAT007", 1, 65);
        result.Diagnostics[0].Message.Should().Be("nesting deeper than 64 levels");
    }

    [Fact]
    public void Load_HundredThousandNestedFlowMappings_IsTooDeep_NotAStackOverflow()
    {
        var result = Bounded(() => RuleSetLoader.LoadText(string.Concat(Enumerable.Repeat("{a: ", 100_000)), Path));
        result.Diagnostics.Should().ContainSingle();
        result.Diagnostics[0].ShouldBe("MAT007", 1, 257);
    }

    [Fact]
    public void Load_DeeplyNestedGroups_AreTooDeep()
    {
        var sb = new StringBuilder("ruleset: t\nversion: 1.0.0\ntitle: T\nlanguages: [en]\ndimensions:\n");
        for (var i = 0; i < 40; i++)
        {
            var pad = new string(' ', i * 4);
            sb.Append(pad).Append("  - id: g").Append(i).Append('\n').Append(pad).Append("    title: G\n").Append(pad).Append("    groups:\n");
        }

        var result = Bounded(() => RuleSetLoader.LoadText(sb.ToString(), Path));
        Single(result, DiagnosticCodes.TooDeep).Location.Line.Should().BeGreaterThan(5);
    }

    [Fact]
    public void Load_ExpressionOf5000Characters_IsTooLong()
    {
        var when = "\"" + new string('(', 2_500) + new string(')', 2_500) + "\"";
        var d = LoadAndSingle(Minimal.Replace("        text: Q\n", "        text: Q\n        when: " + when + "\n"), DiagnosticCodes.ExpressionTooLong);
        d.ShouldBe("MAT055", 12, 16);
        d.Message.Should().Be("the expression is 5000 characters long; the limit is 1000");
    }

    [Fact]
    public void Load_ExpressionNestingOverTheLimit_IsTooDeep_NotAStackOverflow()
    {
        var options = new RuleSetLoaderOptions { MaxExpressionLength = 1_000_000 };
        var when = string.Concat(Enumerable.Repeat("not ", 100_000)) + "q";
        var result = Bounded(() => RuleSetLoader.LoadText(Minimal + "recommendations:\n  - { id: r, text: R, when: " + when + " }\n", Path, options));
        Single(result, DiagnosticCodes.ExpressionTooDeep).ShouldBe("MAT056", 13, 29 + (32 * 4));
    }

    [Fact]
    public void Load_InvalidUtf8Byte_IsReportedWithLineAndColumn()
    {
        var bytes = Utf8(Minimal.Replace("text: Q", "text: Qé?"));
        bytes[Array.LastIndexOf(bytes, (byte)'?')] = 0xC0;
        var result = Bounded(() => LoadBytes(bytes));
        Single(result, DiagnosticCodes.InvalidEncoding).ShouldBe("MAT002", 11, 17);
    }

    [Fact]
    public void Load_TruncatedUtf8Sequence_AtTheEndOfTheFile_IsReported()
    {
        var bytes = Utf8(Minimal).Concat(new byte[] { 0xE2, 0x82 }).ToArray();
        Single(LoadBytes(bytes), DiagnosticCodes.InvalidEncoding).ShouldBe("MAT002", 12, 1);
    }

    [Fact]
    public void Load_Utf8Bom_IsAccepted()
    {
        var result = LoadBytes([0xEF, 0xBB, 0xBF, .. Utf8(Minimal)]);
        result.Diagnostics.Should().BeEmpty(Describe(result));
        result.RuleSets.Should().ContainSingle();
    }

    [Fact]
    public void Load_BomCharacterAtTheStartOfText_IsAccepted()
    {
        var result = RuleSetLoader.LoadText("\uFEFF" + Minimal, Path);
        result.Diagnostics.Should().BeEmpty(Describe(result));
        result.RuleSets.Should().ContainSingle();
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void Load_Utf16Bom_IsRejected(byte[] bom)
    {
        var encoding = bom[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var result = Bounded(() => LoadBytes([.. bom, .. encoding.GetBytes(Minimal)]));
        var d = Single(result, DiagnosticCodes.InvalidEncoding);
        d.ShouldBe("MAT002", 1, 1);
        d.Message.Should().Be("file is UTF-16; save it as UTF-8");
    }

    [Fact]
    public void Load_NulCharacterInBytes_IsRejectedWithLineAndColumn()
    {
        var result = Bounded(() => LoadBytes(Utf8(Minimal.Replace("title: D", "title: D\0"))));
        Single(result, DiagnosticCodes.InvalidEncoding).ShouldBe("MAT002", 7, 13);
    }

    [Fact]
    public void Load_NulCharacterInText_IsRejectedWithLineAndColumn()
    {
        var result = Bounded(() => RuleSetLoader.LoadText(Minimal.Replace("title: D", "title: D\0"), Path));
        Single(result, DiagnosticCodes.InvalidEncoding).ShouldBe("MAT002", 7, 13);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void Load_EmptyFile_IsASyntaxError(string text)
    {
        var d = LoadAndSingle(text, DiagnosticCodes.YamlSyntax);
        d.ShouldBe("MAT001", 1, 1);
        d.Message.Should().Be("file is empty");
    }

    [Fact]
    public void Load_EmptyBytes_AreASyntaxError() =>
        Single(LoadBytes([]), DiagnosticCodes.YamlSyntax).ShouldBe("MAT001", 1, 1);

    [Fact]
    public void Load_TwoDocuments_IsASyntaxError_AtTheSecondMarker()
    {
        var d = LoadAndSingle(Minimal + "---\n" + Minimal, DiagnosticCodes.YamlSyntax);
        d.ShouldBe("MAT001", 12, 1);
        d.Message.Should().Be("a file holds one YAML document; remove the second '---'");
    }

    [Fact]
    public void Load_MoreQuestionsThanMaxItems_IsTooMany()
    {
        var sb = new StringBuilder(Minimal);
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append("      - { id: x").Append(i).Append(", type: boolean, text: X }\n");
        }

        var result = Bounded(() => RuleSetLoader.LoadText(sb.ToString(), Path), maxBytes: 1L << 30);
        var d = Single(result, DiagnosticCodes.TooMany);
        d.ShouldBe("MAT018", 1, 1);
        d.Message.Should().Be("10002 dimensions, groups and questions, more than the limit of 10000");
    }

    [Fact]
    public void Load_MultiWith65Options_IsTooMany()
    {
        var sb = new StringBuilder(Minimal.Replace("type: boolean", "type: multi").Replace("        text: Q\n", "        text: Q\n        answers:\n"));
        for (var i = 0; i < 65; i++)
        {
            sb.Append("          - { id: o").Append(i).Append(", points: 1, label: O }\n");
        }

        var d = LoadAndSingle(sb.ToString(), DiagnosticCodes.TooMany);
        d.ShouldBe("MAT018", 9, 13);
        d.Message.Should().Be("multiple-choice question 'q' offers 65 options, more than the limit of 64");
    }

    [Fact]
    public void Load_MultiWith64Options_IsAccepted()
    {
        var sb = new StringBuilder(Minimal.Replace("type: boolean", "type: multi").Replace("        text: Q\n", "        text: Q\n        answers:\n"));
        for (var i = 0; i < 64; i++)
        {
            sb.Append("          - { id: o").Append(i).Append(", points: 1, label: O }\n");
        }

        var result = RuleSetLoader.LoadText(sb.ToString(), Path);
        result.Diagnostics.Should().BeEmpty(Describe(result));
    }

    [Fact]
    public void Load_ExtendsChainDeeperThanEight_IsTooDeep()
    {
        var sources = Enumerable.Range(0, 10).Select(i => RuleSetFile.FromText(Sector("s" + i, i == 0 ? null : "s" + (i - 1)), "s" + i + ".yaml"));
        var result = RuleSetLoader.Load(sources);
        result.Diagnostics.Select(d => (d.Code, d.Location.Path)).Should().Equal(("MAT019", "s8.yaml"), ("MAT019", "s9.yaml"));
        result.Diagnostics[0].ShouldBe("MAT019", 3, 10, path: "s8.yaml");
        result.RuleSets.Should().HaveCount(8, "chains of up to 8 rule sets load");
    }

    [Theory]
    [InlineData("%x")]
    [InlineData("%x\t")]
    [InlineData("%6\t1&[',5,`\t'6a\t]%84c1:5&`3&82")]
    public async System.Threading.Tasks.Task Load_UnknownDirectiveRunningToTheEnd_DoesNotHang(string text)
    {
        var load = System.Threading.Tasks.Task.Run(() => RuleSetLoader.LoadText(text, Path));
        var first = await System.Threading.Tasks.Task.WhenAny(load, System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(10)));
        first.Should().BeSameAs(load, "YamlDotNet once looped forever on this input");
        var result = await load;
        result.Success.Should().BeFalse();
        result.RuleSets.Should().BeEmpty();
    }

    [Fact]
    public async System.Threading.Tasks.Task Load_DimensionAndGroupBothWithoutId_ReportsThemWithoutHanging()
    {
        // Found by the loader fuzzer (1M run, session 4): both nodes read with an empty id, so the group's parent
        // was itself and the what-if planner walked that chain forever (`maturity lint` hung).
        const string text = """
            ruleset: m
            version: 1.0.0
            title: M
            languages: [en]
            dimensions:
              - i]: clinical
                title: C
                questions:
                  - { id: ehr, type: boolean, text: R }
                groups:
                  - iid: msg
                    title: Msg
                    questions:
                      - { id: secure, type: boolean, text: S }
            recommendations:
              - id: adopt
                when: not secure
                text: Adopt
            """;

        var load = System.Threading.Tasks.Task.Run(() => RuleSetLoader.LoadText(text, Path));
        var first = await System.Threading.Tasks.Task.WhenAny(load, System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(10)));

        first.Should().BeSameAs(load, "a node without an id must not make a parent chain loop");
        var result = await load;
        result.RuleSets.Should().BeEmpty();
        result.Diagnostics.Where(d => d.Code == "MAT011").Should().HaveCount(2, "both missing ids are reported");
    }

    [Theory]
    [InlineData("[a, b]", "MAT009")]
    [InlineData("just text", "MAT009")]
    [InlineData("{ruleset: [", "MAT001")]
    [InlineData("ruleset: \"unterminated", "MAT001")]
    [InlineData("? [a]\n: b\n", "MAT009")]
    [InlineData("\t- tab", "MAT009")]
    [InlineData("-\t1%0b` :|08&8{@8\n[{b?4\"{:0a\n7'340'b@c%:\"?}@2>{@5]%a3b'9]>,\t8,&75*c? %5:  2}\tc6a", "MAT001")]
    [InlineData("ruleset: t\n  version: 1", "MAT001")]
    public void Load_MalformedInput_ReportsADiagnostic(string text, string code)
    {
        var result = RuleSetLoader.LoadText(text, Path);
        result.RuleSets.Should().BeEmpty();
        result.Codes().Should().Contain(code, Describe(result));
    }
}
