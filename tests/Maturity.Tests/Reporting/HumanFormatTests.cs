using System;
using System.Globalization;

namespace Maturity.Tests.Reporting;

/// <summary>The one formatter of human-facing text: French and English conventions, the same whatever the
/// thread's culture (the suite runs under fr-FR and en-US).</summary>
public class HumanFormatTests
{
    private static readonly HumanFormat Fr = HumanFormat.French;
    private static readonly HumanFormat En = HumanFormat.English;

    [Theory]
    [InlineData(5.6, "5,6", "5.6")]
    [InlineData(1234.56, "1\u202F234,6", "1,234.6")]
    [InlineData(1234567, "1\u202F234\u202F567", "1,234,567")]
    [InlineData(-0.01, "0", "0")]
    [InlineData(-2.25, "-2,3", "-2.3")]
    [InlineData(100, "100", "100")]
    [InlineData(0.05, "0,1", "0.1")]
    public void Number_FrenchAndEnglish_OwnSeparators(double value, string french, string english)
    {
        Fr.Number(value).Should().Be(french);
        En.Number(value).Should().Be(english);
    }

    [Fact]
    public void Number_MoreDecimals_TrailingZerosDropped()
    {
        Fr.Number(58.148148, 2).Should().Be("58,15");
        En.Number(58.1, 2).Should().Be("58.1");
        Fr.Number(double.NaN).Should().Be("—");
    }

    [Fact]
    public void Percent_French_NarrowNoBreakSpaceBeforeSign()
    {
        Fr.Percent(0.256).Should().Be("25,6\u202F%");
        En.Percent(0.256).Should().Be("25.6%");
        Fr.Percent(1).Should().Be("100\u202F%");
        Fr.Percent(0.25, 0).Should().Be("25\u202F%");
    }

    [Fact]
    public void Whole_And_Change()
    {
        Fr.Whole(2400).Should().Be("2\u202F400");
        En.Whole(2400).Should().Be("2,400");
        Fr.Change(1.5).Should().Be("+1,5");
        En.Change(-0.3).Should().Be("-0.3");
        En.Change(0.01).Should().Be("0", "a change that rounds to nothing has no sign");
    }

    [Fact]
    public void Date_InWords()
    {
        Fr.Date(new DateTime(2026, 3, 14)).Should().Be("14 mars 2026");
        Fr.Date(new DateTime(2026, 8, 1)).Should().Be("1er août 2026");
        En.Date(new DateTime(2026, 3, 14)).Should().Be("14 March 2026");
        En.Date(new DateTime(2026, 12, 1)).Should().Be("1 December 2026");
    }

    [Fact]
    public void Colon_AndLabelled()
    {
        Fr.Labelled("Score global", "56").Should().Be("Score global\u202F: 56");
        En.Labelled("Overall score", "56").Should().Be("Overall score: 56");
        Fr.Colon.Should().Be("\u202F: ");
    }

    [Theory]
    [InlineData(0, "0 point", "0 points")]
    [InlineData(1, "1 point", "1 point")]
    [InlineData(1.5, "1,5 point", "1.5 points")]
    [InlineData(2, "2 points", "2 points")]
    [InlineData(0.999, "1 point", "1 point")]
    public void Count_SingularAndPlural_PerLanguage(double count, string french, string english)
    {
        Fr.Count(count, "point", "points").Should().Be(french);
        En.Count(count, "point", "points").Should().Be(english);
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("fr-FR", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("en", "en")]
    [InlineData("de", "en")]
    [InlineData("fry", "en")]
    public void For_LanguageTag(string tag, string expected) => HumanFormat.For(tag).Language.Should().Be(expected);

    [Fact]
    public void For_NullFollowsTheUiCulture()
    {
        var expected = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";
        HumanFormat.For((string?)null).Language.Should().Be(expected);
        HumanFormat.For(CultureInfo.GetCultureInfo("fr-CA")).Should().BeSameAs(HumanFormat.French);
        HumanFormat.For(CultureInfo.InvariantCulture).Should().BeSameAs(HumanFormat.English);
    }
}
