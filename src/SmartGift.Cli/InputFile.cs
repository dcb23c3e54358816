using System.IO;

namespace SmartGift.Cli
{
    /// <summary>Checks a CSV argument up front so an unreadable file is a usage error (exit 2), not a crash mid-run.</summary>
    public static class InputFile
    {
        public static string RequireReadable(string path)
        {
            if (string.IsNullOrWhiteSpace(path)) throw CliException.Usage("no input file given.");
            if (CsvSource.IsStandardInput(path)) return path;
            if (Directory.Exists(path)) throw CliException.Usage("'" + path + "' is a folder; give the CSV file inside it (or - to read standard input).");
            if (!File.Exists(path)) throw CliException.Usage("cannot read '" + path + "': the file does not exist.");
            try
            {
                using (File.OpenRead(path)) { }
            }
            catch (IOException e) { throw CliException.Usage("cannot read '" + path + "': " + e.Message); }
            catch (System.UnauthorizedAccessException e) { throw CliException.Usage("cannot read '" + path + "': " + e.Message); }
            return path;
        }
    }
}
