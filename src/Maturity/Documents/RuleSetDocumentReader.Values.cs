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
                case "when": when = Expression(v, Key("when")); break;
                case "label": label = Label(v, GateLabel); break;
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
                // Read inline so that the phrase naming the entry is built only for its diagnostic.
                if (e.Value is YScalar { IsNull: false } text)
                {
                    label.Texts.Add((e.Key.Value, text.Value, e.Key.Location));
                }
                else
                {
                    _v.Scalar(e.Value, Messages.WhatInLanguage(what, e.Key.Value));
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
            if (item is YScalar { IsNull: false } s)
            {
                into.Add(new Located<string>(s.Value, s.Location));
            }
            else
            {
                _v.Scalar(item, Messages.WhatItemOf(what));
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
            if (item is YMapping m)
            {
                visit(m);
            }
            else
            {
                _v.Mapping(item, Messages.WhatItemOf(what));
            }
        }
    }
}
