using System.Collections.Generic;
using Maturity.Samples.Web.Storage;
using Maturity.Samples.Web.Web;

namespace Maturity.Samples.Web.Pages;

/// <summary>The adviser's portfolio: their firms only, with the latest campaign of each.</summary>
public sealed class IndexModel(FirmStore firms) : AdviserPage
{
    public IReadOnlyList<FirmSummary> Firms { get; private set; } = [];

    public void OnGet() => Firms = firms.List(Adviser);
}
