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
    /// Like ssh's files (DESIGN 19): on Unix the folder is made 0700 and the file 0600 whatever the
    /// umask, since a profile may hold a stored key and its key_command is run as the user; a file or
    /// folder others can write is refused, with the chmod that fixes it, before anything in it is used.
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
            RefuseIfOthersCanWrite();
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
            var folder = System.IO.Path.GetDirectoryName(Path)!;
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder, OwnerOnlyFolder);
                File.SetUnixFileMode(folder, OwnerOnlyFolder); // exactly 0700, not what a umask left
            }
            RefuseIfOthersCanWrite();
            var temporary = Path + ".tmp";
            File.Delete(temporary); // its mode is set only when it is created
            using (var stream = OwnerOnly(temporary))
            using (var writer = new StreamWriter(stream))
                writer.Write(JsonSerializer.Serialize(new ProfileFile { Profiles = new Dictionary<string, Profile>(profiles) }, Json));
            File.Move(temporary, Path, overwrite: true);
        }

        private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        private const UnixFileMode OthersWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

        private static FileStream OwnerOnly(string path)
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFile;
            var stream = new FileStream(path, options);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(stream.SafeFileHandle, OwnerOnlyFile);
            return stream;
        }

        /// <summary>
        /// Another user who can write the file or its folder can put in a key_command of theirs (run
        /// as this user) or a base_url of theirs (which receives the key): refused, as ssh refuses such a file.
        /// </summary>
        private void RefuseIfOthersCanWrite()
        {
            if (OperatingSystem.IsWindows()) return;
            var folder = System.IO.Path.GetDirectoryName(Path)!;
            if (Directory.Exists(folder) && (File.GetUnixFileMode(folder) & OthersWrite) != 0)
                throw CliException.Usage("the profiles folder " + folder + " can be written by other users (mode " + Octal(File.GetUnixFileMode(folder))
                    + "), who could change what a profile runs or where it sends the key; fix it with: chmod 700 '" + folder + "'");
            if (File.Exists(Path) && (File.GetUnixFileMode(Path) & OthersWrite) != 0)
                throw CliException.Usage("the profiles file " + Path + " can be written by other users (mode " + Octal(File.GetUnixFileMode(Path))
                    + "), who could change what a profile runs or where it sends the key; check it, then fix it with: chmod 600 '" + Path + "'");
        }

        private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0x1FF, 8);

        private sealed class ProfileFile
        {
            [JsonPropertyName("profiles")] public Dictionary<string, Profile>? Profiles { get; set; }
        }
    }
}
