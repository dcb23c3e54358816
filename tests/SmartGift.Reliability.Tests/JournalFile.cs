using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace SmartGift.Reliability.Tests;

/// <summary>Reads a journal the way an operator would: the last event of each key.</summary>
internal static class JournalFile
{
    public static int CountLines(string path)
    {
        if (!File.Exists(path)) return 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var count = 0;
        int b;
        while ((b = stream.ReadByte()) != -1) if (b == '\n') count++;
        return count;
    }

    public static Dictionary<string, string> LastEvents(string path)
    {
        var last = new Dictionary<string, string>();
        foreach (var line in File.ReadAllLines(path))
        {
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("key", out var key) && doc.RootElement.TryGetProperty("event", out var evt))
                    last[key.GetString()!] = evt.GetString()!;
            }
            catch (JsonException)
            {
                // A torn line from a kill: the journal reader ignores it too.
            }
        }
        return last;
    }
}
