using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmartGift.Cli.Output;

/// <summary>
/// JSON Lines: one object per result, flushed as it is written, so a long import can be
/// followed (and parsed) while it runs. Money is a number with two decimals.
/// </summary>
internal sealed class JsonLinesWriter : IRecordWriter
{
    internal static readonly JsonWriterOptions Options = new JsonWriterOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _out;

    public JsonLinesWriter(TextWriter output)
    {
        _out = output;
    }

    public void Write(OutputRecord record)
    {
        _out.WriteLine(Serialize(record, indented: false));
        _out.Flush();
    }

    public void Complete() => _out.Flush();

    /// <summary>One record as JSON text (money as a number with two decimals).</summary>
    internal static string Serialize(OutputRecord record, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder, Indented = indented }))
        {
            WriteObject(json, record);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public void Dispose() => _out.Flush();

    internal static void WriteObject(Utf8JsonWriter json, OutputRecord record)
    {
        json.WriteStartObject();
        foreach (var field in record.Fields)
        {
            json.WritePropertyName(field.Key);
            WriteValue(json, field.Value);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case decimal money: json.WriteRawValue(money.ToString("0.00", CultureInfo.InvariantCulture)); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case DateTimeOffset time: json.WriteStringValue(CellText.Of(time)); break;
            case IReadOnlyList<OutputRecord> records:
                json.WriteStartArray();
                foreach (var nested in records) WriteObject(json, nested);
                json.WriteEndArray();
                break;
            case IReadOnlyList<string> texts:
                json.WriteStartArray();
                foreach (var text in texts) json.WriteStringValue(text);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(CellText.Of(value)); break;
        }
    }
}
