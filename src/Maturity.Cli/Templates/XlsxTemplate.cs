using System.IO;
using Maturity.Batch.Rows;

namespace Maturity.Cli.Templates;

/// <summary>The batch template as an Excel workbook: the CSV template's header and example row on one sheet,
/// written by the batch's own workbook sink (frozen, filtered header, readable widths), so
/// <c>maturity batch -i</c> reads it back as it reads any workbook.</summary>
internal sealed class XlsxTemplate : ITemplateFormat
{
    public string Name => "xlsx";

    public bool IsBinary => true;

    public void Write(AnswerTemplate template, Stream output)
    {
        using var sink = new XlsxRowSink(output, template.IsFrench ? "entreprises" : "firms");
        sink.WriteHeader(CsvTemplate.Header(template));
        sink.WriteRow(CsvTemplate.Example(template));
        sink.Complete();
    }
}
