using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Yaml;

namespace Maturity.Documents;

/// <summary>Values shared by every section: gates, expressions, labels, string lists, lists of mappings.</summary>
internal sealed partial class RuleSetDocumentReader
{
    /// <summary>A gate: a bare expression, or <c>{ when: expression, label: text }</c>.</summary>
    private GateDoc? Gate(YNode node, LocalizedMessage what)
    {
        if (node is not YMapping m)
        {
            return Expression(node, what) is { } bare ? new GateDoc(bare, null) : null;
        }

        ExprDoc? when = null;
        LabelDoc? label = null;
        _v.Fields(m, what, GateKeys, GateRequired, (key, _, v) =>
        {
            switch (key)
            {
                case "when": when = Expression(v, Messages.QuotedName("when")); break;
                case "label": label = Label(v, Messages.WhatGateKey("label")); break;
            }
        });
        return when is null ? null : new GateDoc(when, label);
    }

    private ExprDoc? Expression(YNode node, LocalizedMessage what)
    {
        // A plain `true` in YAML is a fine expression too; any scalar's text is the expression.
        if (node is YScalar s && !s.IsNull)
        {
            return new ExprDoc(s);
        }

        _v.WrongType(node, what, Messages.ExpectExpression());
        return null;
    }

    private LabelDoc? Label(YNode node, LocalizedMessage what)
    {
        if (node is YScalar s && !s.IsNull)
        {
            return new LabelDoc(node.Location) { Plain = s.Value };
        }

        if (node is YMapping m)
        {
            var label = new LabelDoc(node.Location);
            foreach (var e in m.Entries)
            {
                if (_v.String(e.Value, Messages.WhatInLanguage(what, e.Key.Value)) is { } text)
                {
                    label.Texts.Add((e.Key.Value, text, e.Key.Location));
                }
            }

            return label;
        }

        _v.WrongType(node, what, Messages.ExpectLabel());
        return null;
    }

    private void Strings(YNode node, LocalizedMessage what, List<Located<string>> into)
    {
        if (_v.Sequence(node, what) is not { } list)
        {
            return;
        }

        foreach (var item in list.Items)
        {
            if (_v.LocatedString(item, Messages.WhatItemOf(what)) is { } s)
            {
                into.Add(s);
            }
        }
    }

    private void ForEachMapping(YNode node, LocalizedMessage what, Action<YMapping> visit)
    {
        if (_v.Sequence(node, what) is not { } list)
        {
            return;
        }

        foreach (var item in list.Items)
        {
            if (_v.Mapping(item, Messages.WhatItemOf(what)) is { } m)
            {
                visit(m);
            }
        }
    }
}
