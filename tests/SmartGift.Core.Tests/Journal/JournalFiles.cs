using System;
using System.IO;

namespace SmartGift.Core.Tests.Journal;

/// <summary>A scratch folder for journal files, deleted afterwards.</summary>
internal sealed class JournalFiles : IDisposable
{
    public JournalFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sg-journal-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string PathFor(string name) => Path.Combine(Folder, name);

    public const string SaleHeader = "{\"format\":\"smartgift-journal\",\"version\":1,\"kind\":\"sale\",\"created\":\"2026-11-22T01:00:00.000Z\"}";

    /// <summary>Writes a journal by hand: the header, then the given lines, each ending in a newline.</summary>
    public string Write(string name, params string[] lines)
    {
        var path = PathFor(name);
        File.WriteAllText(path, SaleHeader + "\n" + string.Join("", Array.ConvertAll(lines, l => l + "\n")));
        return path;
    }

    /// <summary>Reads the file while the journal may still be open for writing (as another process would).</summary>
    public static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
