using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// profiles.json in the user's config folder ($XDG_CONFIG_HOME or ~/.config on Linux and macOS,
/// %APPDATA% on Windows) under smartgift/; SMARTGIFT_CONFIG_DIR names another folder (containers,
/// tests). Read here for both hosts (the CLI writes it). Like ssh's files (DESIGN 19): a file or
/// folder others can write is refused, with the chmod that fixes it, before anything in it is used,
/// since a profile's key_command runs as the user and its base_url receives the key.
/// </summary>
internal sealed class ProfileFile(string path)
{
    public const string ConfigDirVariable = "SMARTGIFT_CONFIG_DIR";
    public const string ProfileVariable = "SMARTGIFT_PROFILE";

    internal static readonly JsonSerializerOptions Json = new JsonSerializerOptions
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };

    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    public static ProfileFile Default()
    {
        var folder = Environment.GetEnvironmentVariable(ConfigDirVariable);
        if (string.IsNullOrWhiteSpace(folder))
            folder = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "smartgift");
        return new ProfileFile(System.IO.Path.Combine(folder!, "profiles.json"));
    }

    public SortedDictionary<string, Profile> Load()
    {
        if (!File.Exists(Path)) return new SortedDictionary<string, Profile>(StringComparer.Ordinal);
        RefuseIfOthersCanWrite();
        try
        {
            var file = JsonSerializer.Deserialize<Contents>(File.ReadAllText(Path), Json);
            return new SortedDictionary<string, Profile>(file?.Profiles ?? new Dictionary<string, Profile>(), StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new ProfileFileException("the profiles file " + Path + " is not valid JSON (" + e.Message + "); fix or delete it.", e);
        }
    }

    public Profile Get(string name)
    {
        if (Load().TryGetValue(name, out var profile)) return profile;
        throw new ProfileFileException("there is no profile '" + VisibleText.Of(name) + "' in " + Path + "; `smartgift profile list` shows the saved ones.");
    }

    /// <summary>The file's text for these profiles (the CLI writes it, privately).</summary>
    public static string Serialize(IDictionary<string, Profile> profiles) =>
        JsonSerializer.Serialize(new Contents { Profiles = new Dictionary<string, Profile>(profiles) }, Json);

    /// <summary>
    /// Another user who can write the file or its folder can put in a key_command of theirs (run
    /// as this user) or a base_url of theirs (which receives the key): refused, as ssh refuses such a file.
    /// </summary>
    public void RefuseIfOthersCanWrite()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return;
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (Directory.Exists(folder) && UnixMode(folder) is int folderMode && (folderMode & OthersWrite) != 0)
            throw new ProfileFileException("the profiles folder " + folder + " can be written by other users (mode " + Octal(folderMode)
                + "), who could change what a profile runs or where it sends the key; fix it with: chmod 700 '" + folder + "'");
        if (File.Exists(Path) && UnixMode(Path) is int fileMode && (fileMode & OthersWrite) != 0)
            throw new ProfileFileException("the profiles file " + Path + " can be written by other users (mode " + Octal(fileMode)
                + "), who could change what a profile runs or where it sends the key; check it, then fix it with: chmod 600 '" + Path + "'");
    }

    private const int OthersWrite = 0x12; // group write | other write (0020 | 0002)

    /// <summary>File.GetUnixFileMode exists from .NET 7 on (PowerShell 7.4+, the CLI); this assembly targets netstandard2.0, so it is found at run time.</summary>
    private static int? UnixMode(string path)
    {
        var modeType = Type.GetType("System.IO.UnixFileMode");
        var getMode = modeType == null ? null : typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) });
        return getMode == null ? null : Convert.ToInt32(getMode.Invoke(null, new object[] { path }), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Octal(int mode) => "0" + Convert.ToString(mode & 0x1FF, 8);

    private sealed class Contents
    {
        [JsonPropertyName("profiles")] public Dictionary<string, Profile>? Profiles { get; set; }
    }
}
