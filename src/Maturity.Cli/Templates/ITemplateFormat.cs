using System.IO;

namespace Maturity.Cli.Templates;

/// <summary>One output of <c>maturity template</c>. A new format is a class implementing this and one line in
/// <see cref="TemplateFormats.All"/>.</summary>
internal interface ITemplateFormat
{
    /// <summary>The <c>--format</c> value, e.g. <c>yaml</c>.</summary>
    string Name { get; }

    /// <summary>True for a format that cannot go to a terminal (it then needs <c>-o</c>).</summary>
    bool IsBinary { get; }

    void Write(AnswerTemplate template, Stream output);
}
