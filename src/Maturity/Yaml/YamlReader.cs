using System;
using System.Collections.Generic;
using System.IO;
using Maturity.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Maturity.Yaml;

/// <summary>Reads one YAML document into a <see cref="YNode"/> tree with positions. YamlDotNet's event parser
/// is the reader of record: anchors, aliases and tags are refused (no alias bomb, no type injection), nesting
/// is bounded, and the reader is iterative so no input can overflow the stack. <see cref="YamlSubsetReader"/>
/// reads the plain subset the shipped files use first, several times faster, and declines anything else.</summary>
internal static class YamlReader
{
    public static YNode? Read(string path, string text, int maxDepth, DiagnosticBag diagnostics) =>
        YamlSubsetReader.TryRead(path, text, maxDepth) ?? ReadWithYamlDotNet(path, text, maxDepth, diagnostics);

    /// <summary>The reader of record, which reports every diagnostic; also what the subset reader is tested against.</summary>
    internal static YNode? ReadWithYamlDotNet(string path, string text, int maxDepth, DiagnosticBag diagnostics)
    {
        // YamlDotNet loops forever on an unknown directive ('%x') that runs to the end of the text
        // without a line break; a final line break, which moves no position, avoids it.
        var terminated = text.Length > 0 && text[text.Length - 1] == '\n' ? text : text + "\n";
        var parser = new Parser(new StringReader(terminated));
        var stack = new Stack<CollectionBuilder>();
        YNode? root = null;
        var documents = 0;
        var lastEnd = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                lastEnd = ev.End;
                switch (ev)
                {
                    case StreamStart:
                    case StreamEnd:
                    case DocumentEnd:
                        break;
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Error(DiagnosticCodes.YamlSyntax, Loc(path, ev.Start), Messages.SecondDocument());
                            return null;
                        }

                        break;
                    case AnchorAlias alias:
                        diagnostics.Error(DiagnosticCodes.AnchorOrAlias, Loc(path, ev.Start), Messages.AliasNotAccepted(alias.Value.ToString()));
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Error(DiagnosticCodes.AnchorOrAlias, Loc(path, ev.Start), Messages.AnchorNotAccepted(node.Anchor.ToString()));
                        return null;
                    case NodeEvent node when !node.Tag.IsEmpty && !(node is Scalar { Tag.IsNonSpecific: true }):
                        diagnostics.Error(DiagnosticCodes.Tag, Loc(path, ev.Start), Messages.TagNotAccepted(node.Tag.ToString()));
                        return null;
                    case Scalar scalar:
                        var quoteWidth = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
                        var yscalar = new YScalar(
                            Loc(path, ev.Start), scalar.Value, scalar.Style == ScalarStyle.Plain, quoteWidth, text, Index(ev.Start, text), Index(ev.End, text),
                            isBlock: scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded,
                            isDoubleQuoted: scalar.Style == ScalarStyle.DoubleQuoted);
                        if (!Attach(yscalar, stack, ref root, path, diagnostics))
                        {
                            return null;
                        }

                        break;
                    case MappingStart:
                    case SequenceStart:
                        if (stack.Count >= maxDepth)
                        {
                            diagnostics.Error(DiagnosticCodes.TooDeep, Loc(path, ev.Start), Messages.NestingTooDeep(maxDepth));
                            return null;
                        }

                        stack.Push(new CollectionBuilder(ev is MappingStart, Loc(path, ev.Start)));
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        var built = stack.Pop().Build();
                        if (!Attach(built, stack, ref root, path, diagnostics))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, Loc(path, ex.Start), CleanMessage(ex.Message));
            return null;
        }
#pragma warning disable CA1031 // Some malformed inputs make YamlDotNet's scanner throw a bare Exception; bad input must never crash the loader.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, Loc(path, lastEnd), Messages.YamlUnreadableAfter());
            return null;
        }

        if (root is null || (root is YScalar s && s.IsNull))
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, 1, 1), Messages.FileEmpty());
            return null;
        }

        return root;
    }

    private static bool Attach(YNode node, Stack<CollectionBuilder> stack, ref YNode? root, string path, DiagnosticBag diagnostics)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var parent = stack.Peek();
        if (!parent.IsMapping)
        {
            return parent.Add(node);
        }

        if (parent.PendingKey is null)
        {
            if (node is not YScalar key)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, node.Location, Messages.KeyNotText(node.KindName));
                return false;
            }

            parent.PendingKey = key;
            return true;
        }

        var pending = parent.PendingKey;
        if (!parent.Add(node))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateKey, pending.Location, Messages.DuplicateKey(pending.Value));
        }

        return true;
    }

    private static int Index(Mark mark, string text) => (int)Math.Min(Math.Max(0, mark.Index), text.Length);

    private static SourceLocation Loc(string path, Mark mark) => new(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static LocalizedMessage CleanMessage(string message)
    {
        // YamlDotNet prefixes its messages with the position, which the diagnostic already carries.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        var text = message.StartsWith("(", StringComparison.Ordinal) && i > 0 ? message.Substring(i + 3) : message;
        return Messages.YamlSyntax(text.TrimEnd('.'));
    }
}
