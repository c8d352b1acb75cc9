using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Maturity.Diagnostics;

namespace Maturity.Cli;

/// <summary>Writes diagnostics as a JSON array of <c>{file, line, column, severity, code, message}</c>.</summary>
internal static class DiagnosticJson
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartArray();
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("file", d.Location.Path);
                w.WriteNumber("line", d.Location.Line);
                w.WriteNumber("column", d.Location.Column);
                w.WriteString("severity", d.IsError ? "error" : "warning");
                w.WriteString("code", d.Code);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
