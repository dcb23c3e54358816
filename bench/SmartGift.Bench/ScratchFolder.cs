namespace SmartGift.Bench;

/// <summary>A temporary folder for one part's files (CSV, journals, ledgers, packages), deleted afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("smartgift-bench-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A child's file still open (Windows) leaves the folder behind; the figures are already taken.
        }
    }
}
