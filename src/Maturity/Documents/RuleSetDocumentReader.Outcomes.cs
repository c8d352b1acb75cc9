using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Yaml;

namespace Maturity.Documents;

/// <summary>Levels, recommendations and indicators.</summary>
internal sealed partial class RuleSetDocumentReader
{
    private List<LevelDoc> Levels(YNode value)
    {
        var levels = new List<LevelDoc>();
        ForEachMapping(value, Messages.QuotedName("levels"), m =>
        {
            var level = new LevelDoc { Location = m.Location };
            _v.Fields(m, Messages.WhatLevel(), LevelKeys, IdOnly, (key, _, v) =>
            {
                switch (key)
                {
                    case "id": level.Id = _v.LocatedString(v, Messages.QuotedName("id"))!; break;
                    case "title": level.Title = Label(v, Messages.QuotedName("title")); break;
                    case "min": level.Min = _v.LocatedNumber(v, Messages.QuotedName("min")); break;
                    case "requires":
                        if (v is YSequence list)
                        {
                            foreach (var item in list.Items)
                            {
                                if (Gate(item, Messages.WhatRequiresCondition()) is { } g)
                                {
                                    level.Requires.Add(g);
                                }
                            }
                        }
                        else if (Gate(v, Messages.QuotedName("requires")) is { } single)
                        {
                            level.Requires.Add(single);
                        }

                        break;
                }
            });
            level.Id ??= new Located<string>(string.Empty, m.Location);
            levels.Add(level);
        });
        return levels;
    }

    private RecommendationDoc Recommendation(YMapping map)
    {
        var r = new RecommendationDoc { Location = map.Location };
        _v.Fields(map, Messages.WhatRecommendation(), RecommendationKeys, RecommendationRequired, (key, _, v) =>
        {
            switch (key)
            {
                case "id": r.Id = _v.LocatedString(v, Messages.QuotedName("id"))!; break;
                case "when": r.When = Expression(v, Messages.QuotedName("when")); break;
                case "improves":
                    r.Improves = [];
                    Strings(v, Messages.QuotedName("improves"), r.Improves);
                    break;
                case "effort": r.Effort = _v.Enum(v, Messages.WhatEffort(), Efforts) ?? Effort.Medium; break;
                case "text": r.Text = Label(v, Messages.QuotedName("text")); break;
                case "links":
                    ForEachMapping(v, Messages.QuotedName("links"), m =>
                    {
                        var link = new LinkDoc();
                        _v.Fields(m, Messages.WhatLink(), LinkKeys, LinkRequired, (lk, _, lv) =>
                        {
                            if (lk == "url")
                            {
                                link.Url = _v.LocatedString(lv, Messages.WhatLinkKey("url"))!;
                            }
                            else
                            {
                                link.Title = Label(lv, Messages.WhatLinkKey("title"));
                            }
                        });
                        if (link.Url is not null)
                        {
                            r.Links.Add(link);
                        }
                    });
                    break;
            }
        });
        r.Id ??= new Located<string>(string.Empty, map.Location);
        return r;
    }

    private IndicatorDoc Indicator(YMapping map)
    {
        var indicator = new IndicatorDoc();
        _v.Fields(map, Messages.WhatIndicator(), IndicatorKeys, IndicatorRequired, (key, _, v) =>
        {
            switch (key)
            {
                case "id": indicator.Id = _v.LocatedString(v, Messages.QuotedName("id"))!; break;
                case "value": indicator.Value = Expression(v, Messages.QuotedName("value")); break;
                case "title": indicator.Title = Label(v, Messages.QuotedName("title")); break;
            }
        });
        indicator.Id ??= new Located<string>(string.Empty, map.Location);
        return indicator;
    }
}
