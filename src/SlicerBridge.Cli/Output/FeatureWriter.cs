using System.Globalization;
using System.Text.Json;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Radiomics.Extraction;

namespace SlicerBridge.Cli.Output;

/// <summary>Writes extraction results as CSV or JSON, culture-invariant with round-trip precision, atomically.</summary>
public static class FeatureWriter
{
    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One case, long CSV: <c>feature,value</c> and a row per feature.</summary>
    public static void WriteCsv(ExtractionResult result, TextWriter writer)
    {
        writer.WriteLine("feature,value");
        foreach (var (name, value) in result.Features)
        {
            writer.WriteLine($"{CsvWriter.Field(name)},{Number(value)}");
        }
    }

    /// <summary>One case as JSON: <c>{"features": {...}, "diagnostics": {...}}</c>; a non-finite value is null.</summary>
    public static void WriteJson(ExtractionResult result, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("features");
        foreach (var (name, value) in result.Features)
        {
            if (double.IsFinite(value))
            {
                json.WriteNumber(name, value);
            }
            else
            {
                json.WriteNull(name);
            }
        }

        json.WriteEndObject();
        json.WriteStartObject("diagnostics");
        foreach (var (name, value) in result.Diagnostics)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes to <paramref name="path"/> atomically, or to <paramref name="console"/> when no path is given.</summary>
    public static void Write(ExtractionResult result, string format, string? path, TextWriter console)
    {
        switch (format, path)
        {
            case ("csv", null):
                WriteCsv(result, console);
                break;
            case ("csv", _):
                AtomicFile.WriteText(path, w => WriteCsv(result, w));
                break;
            case ("json", null):
                using (var buffer = new MemoryStream())
                {
                    WriteJson(result, buffer);
                    console.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            case ("json", _):
                AtomicFile.Write(path, s => WriteJson(result, s));
                break;
            default:
                throw new InvalidInputException($"unknown output format '{format}' (csv or json)", "--format");
        }
    }
}
