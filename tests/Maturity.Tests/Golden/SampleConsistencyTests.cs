using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Maturity.Tests.Golden;

/// <summary>Data-driven over whatever sample folders and files exist: a new rule set's samples are
/// picked up without editing this file.</summary>
public sealed class SampleConsistencyTests
{
    public static TheoryData<string> SampleFolders()
    {
        var data = new TheoryData<string>();
        foreach (var folder in GoldenCatalog.SampleFolders())
        {
            data.Add(folder);
        }

        return data;
    }

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in GoldenCatalog.SampleFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFolders))]
    public void Assess_SampleStages_BeginnerBelowIntermediateBelowLeader(string folder)
    {
        var files = GoldenCatalog.Stages.Select(s => "companies/" + folder + "/" + s + ".yaml").ToList();
        files.Where(f => !File.Exists(GoldenCatalog.SamplePath(f))).Should().BeEmpty("sample folder '{0}' needs all three stages", folder);

        var scores = files.Select(f => GoldenCatalog.Assess(f).Score).ToList();

        scores[0].Should().BeLessThan(scores[1], "{0}: beginner < intermediate", folder);
        scores[1].Should().BeLessThan(scores[2], "{0}: intermediate < leader", folder);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void ValidateAnswers_SampleCompany_IsValidAgainstItsFoldersRuleSet(string sample)
    {
        var sheet = GoldenCatalog.LoadSheet(sample);
        var folder = sample.Split('/')[1];
        var rs = GoldenCatalog.RuleSetFor(sheet, sample);

        rs.Id.Should().Be(folder, "{0} lives in the folder of its rule set", sample);
        rs.ValidateAnswers(sheet).Should().BeEmpty("{0} should produce no diagnostic", sample);
        var result = rs.Assess(sheet);
        result.Warnings.Should().BeEmpty();
        if (sheet.Company.Naf is { } naf && rs.NafPrefixes.Count > 0 && GoldenCatalog.Catalog.FindByNaf(naf) is { } byNaf)
        {
            // a sector sample's NAF code routes to the sector rule set it names
            byNaf.Id.Should().Be(rs.Id, "{0}: NAF {1} should route to '{2}'", sample, naf, rs.Id);
        }
    }
}
