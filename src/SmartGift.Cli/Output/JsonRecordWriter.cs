using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmartGift.Cli;

/// <summary>
/// JSON on standard output, flushed as each result is written; money is a number with two decimals.
/// JSON Lines (lines): one object per line, so a long import can be followed (and parsed) while it
/// runs. Otherwise one document, so `json.load`, `jq .` and ConvertFrom-Json read it whole: an
/// array for commands that list (written element by element, so memory stays flat and a stopped
/// run still closes the array), an object for a command with exactly one result (hold, a single redeem).
/// </summary>
/// <param name="single">The command has one result: write it as an object, not an array.</param>
internal sealed class JsonRecordWriter(TextWriter output, bool lines, bool single = false) : IRecordWriter
{
    private static readonly JsonWriterOptions Options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private int _count;
    private bool _completed;

    public void Write(OutputRecord record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options with { Indented = !lines })) WriteValue(json, record);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        if (lines || single) output.WriteLine(text);
        else output.Write((_count == 0 ? "[\n" : ",\n") + "  " + text.Replace("\n", "\n  "));
        _count++;
        output.Flush();
    }

    public void Complete()
    {
        if (_completed) return;
        _completed = true;
        if (single && _count == 0) output.WriteLine("null");
        else if (!lines && !single) output.WriteLine(_count == 0 ? "[]" : "\n]");
        output.Flush();
    }

    /// <summary>A run that ends on an error still leaves a whole document.</summary>
    public void Dispose() => Complete();

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case decimal money: json.WriteRawValue(money.ToString("0.00", CultureInfo.InvariantCulture)); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int or long: json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case DateTimeOffset time: json.WriteStringValue(CellText.Of(time)); break;
            case OutputRecord record:
                json.WriteStartObject();
                foreach (var field in record.Fields)
                {
                    json.WritePropertyName(field.Key);
                    WriteValue(json, field.Value);
                }
                json.WriteEndObject();
                break;
            case IReadOnlyList<OutputRecord> or IReadOnlyList<string>:
                json.WriteStartArray();
                foreach (var item in (System.Collections.IEnumerable)value) WriteValue(json, item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(CellText.Of(value)); break;
        }
    }
}
