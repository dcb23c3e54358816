using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartGift.Cli.Profiles
{
    /// <summary>
    /// profiles.json in the user's config folder ($XDG_CONFIG_HOME or ~/.config on Linux and macOS,
    /// %APPDATA% on Windows) under smartgift/; SMARTGIFT_CONFIG_DIR names another folder (containers, tests).
    /// Written owner-only (0600) on Unix, since a profile may hold a stored key.
    /// </summary>
    public sealed class ProfileStore
    {
        public const string ConfigDirVariable = "SMARTGIFT_CONFIG_DIR";
        public const string ProfileVariable = "SMARTGIFT_PROFILE";

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        };

        public ProfileStore(string path)
        {
            Path = path;
        }

        public string Path { get; }

        public static ProfileStore Default()
        {
            var folder = System.Environment.GetEnvironmentVariable(ConfigDirVariable);
            if (string.IsNullOrWhiteSpace(folder))
                folder = System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.ApplicationData, System.Environment.SpecialFolderOption.DoNotVerify), "smartgift");
            return new ProfileStore(System.IO.Path.Combine(folder!, "profiles.json"));
        }

        public SortedDictionary<string, Profile> Load()
        {
            if (!File.Exists(Path)) return new SortedDictionary<string, Profile>(StringComparer.Ordinal);
            try
            {
                var file = JsonSerializer.Deserialize<ProfileFile>(File.ReadAllText(Path), Json);
                return new SortedDictionary<string, Profile>(file?.Profiles ?? new Dictionary<string, Profile>(), StringComparer.Ordinal);
            }
            catch (JsonException e)
            {
                throw CliException.Usage("the profiles file " + Path + " is not valid JSON (" + e.Message + "); fix or delete it.");
            }
        }

        public Profile Get(string name)
        {
            if (Load().TryGetValue(name, out var profile)) return profile;
            throw CliException.Usage("there is no profile '" + name + "' in " + Path + "; `smartgift profile list` shows the saved ones.");
        }

        public void Save(IDictionary<string, Profile> profiles)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + ".tmp";
            File.Delete(temporary); // its mode is set only when it is created
            using (var stream = OwnerOnly(temporary))
            using (var writer = new StreamWriter(stream))
                writer.Write(JsonSerializer.Serialize(new ProfileFile { Profiles = new Dictionary<string, Profile>(profiles) }, Json));
            File.Move(temporary, Path, overwrite: true);
        }

        private static FileStream OwnerOnly(string path)
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            return new FileStream(path, options);
        }

        private sealed class ProfileFile
        {
            [JsonPropertyName("profiles")] public Dictionary<string, Profile>? Profiles { get; set; }
        }
    }
}
