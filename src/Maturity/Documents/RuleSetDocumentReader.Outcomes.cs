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
        ForEachMapping(value, Key("levels"), m =>
        {
            var level = new LevelDoc { Location = m.Location };
            _v.Fields(m, Messages.WhatLevel(), LevelKeys, IdOnly, (key, _, v) =>
            {
                switch (key)
                {
                    case "id": level.Id = _v.LocatedString(v, Key("id"))!; break;
                    case "title": level.Title = Label(v, Key("title")); break;
                    case "min": level.Min = _v.LocatedNumber(v, Key("min")); break;
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
                        else if (Gate(v, Key("requires")) is { } single)
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
                case "id": r.Id = _v.LocatedString(v, Key("id"))!; break;
                case "when": r.When = Expression(v, Key("when")); break;
                case "improves":
                    r.Improves = [];
                    Strings(v, Key("improves"), r.Improves);
                    break;
                case "effort": r.Effort = _v.Enum(v, Messages.WhatEffort(), Efforts) ?? Effort.Medium; break;
                case "text": r.Text = Label(v, Key("text")); break;
                case "links":
                    ForEachMapping(v, Key("links"), m =>
                    {
                        var link = new LinkDoc();
                        _v.Fields(m, Messages.WhatLink(), LinkKeys, LinkRequired, (lk, _, lv) =>
                        {
                            if (lk == "url")
                            {
                                link.Url = _v.LocatedString(lv, LinkUrl)!;
                            }
                            else
                            {
                                link.Title = Label(lv, LinkTitle);
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
                case "id": indicator.Id = _v.LocatedString(v, Key("id"))!; break;
                case "value": indicator.Value = Expression(v, Key("value")); break;
                case "title": indicator.Title = Label(v, Key("title")); break;
            }
        });
        indicator.Id ??= new Located<string>(string.Empty, map.Location);
        return indicator;
    }
}
