namespace SmartGift.Cli;

/// <summary>
/// The CLI's side of Core's ProfileFile (which both hosts read): refusals become usage errors
/// (exit 2), and saving, which only the CLI does. On Unix the folder is made 0700 and the file
/// 0600 whatever the umask, since a profile may hold a stored key and its key_command is run as the user.
/// </summary>
internal sealed class ProfileStore(ProfileFile file)
{
    public string Path => file.Path;

    public static ProfileStore Default() => new ProfileStore(ProfileFile.Default());

    public SortedDictionary<string, Profile> Load() => Usage(file.Load);

    public Profile Get(string name) => Usage(() => file.Get(name));

    public void Save(IDictionary<string, Profile> profiles)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
            File.SetUnixFileMode(folder, OwnerOnlyFolder); // exactly 0700, not what a umask left
        }
        Usage(() => { file.RefuseIfOthersCanWrite(); return 0; });
        var temporary = Path + ".tmp";
        File.Delete(temporary); // its mode is set only when it is created
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFile;
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(stream.SafeFileHandle, OwnerOnlyFile);
            writer.Write(ProfileFile.Serialize(profiles));
        }
        File.Move(temporary, Path, overwrite: true);
    }

    private static T Usage<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ProfileFileException e)
        {
            throw CliException.Usage(e.Message);
        }
    }

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
}
