using Maturity.Batch;
using Maturity.Batch.Rows;

namespace Maturity.Batch.Tests;

public sealed class OutputCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23 45 67 89", "'+33 1 23 45 67 89")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("Dupont = fils", "Dupont = fils")]
    [InlineData("", "")]
    public void Neutralise_FormulaStarts_GetAnApostrophe(string text, string expected) =>
        OutputCell.Neutralise(text).Should().Be(expected);

    [Theory]
    [InlineData("56.666667", BatchColumnKind.Points, "56,67")]
    [InlineData("0.256789", BatchColumnKind.Share, "0,2568")]
    [InlineData("12", BatchColumnKind.Count, "12")]
    [InlineData("-0.001", BatchColumnKind.Points, "0")]
    [InlineData("abc", BatchColumnKind.Count, "abc")]
    public void FormatNumber_French_DecimalCommaAndRounding(string invariant, BatchColumnKind kind, string expected) =>
        CsvDialect.Fr.FormatNumber(invariant, kind).Should().Be(expected);

    [Fact]
    public void FormatNumber_English_KeepsTheInvariantValue() =>
        CsvDialect.En.FormatNumber("56.666667", BatchColumnKind.Points).Should().Be("56.666667");

    [Theory]
    [InlineData("score", BatchColumnKind.Points)]
    [InlineData("dim_security", BatchColumnKind.Points)]
    [InlineData("coverage", BatchColumnKind.Share)]
    [InlineData("line", BatchColumnKind.Count)]
    [InlineData("name", BatchColumnKind.Text)]
    public void KindOf_NamesTheColumnsNumbers(string column, BatchColumnKind kind) =>
        BatchColumns.KindOf(column).Should().Be(kind);

    [Theory]
    [InlineData(';', "fr")]
    [InlineData(',', "en")]
    public void ForInputSeparator_SemicolonIsFrench(char separator, string dialect) =>
        CsvDialect.ForInputSeparator(separator).Name.Should().Be(dialect);
}
