using System;
using System.IO;

namespace SmartGift.Cli
{
    /// <summary>
    /// Checks a CSV argument up front so an unreadable file is a usage error (exit 2), not a crash
    /// mid-run, and opens it as its author wrote it: a file refused as a whole (not UTF-8, another
    /// separator) is one usage error naming the option that reads it, before anything is sent.
    /// </summary>
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

        /// <summary>The file, or standard input for `-` (already decoded by the console: --delimiter applies, --encoding does not).</summary>
        public static SaleCsvReader OpenSales(string path, CsvReadOptions reading) =>
            Opened(path, () => CsvSource.StandardInputOrNull(path) is TextReader input ? new SaleCsvReader(input, reading) : SaleCsvReader.Open(path, reading));

        public static RedemptionCsvReader OpenRedemptions(string path, CsvReadOptions reading) =>
            Opened(path, () => CsvSource.StandardInputOrNull(path) is TextReader input ? new RedemptionCsvReader(input, reading) : RedemptionCsvReader.Open(path, reading));

        private static T Opened<T>(string path, Func<T> open)
        {
            try
            {
                return open();
            }
            catch (CsvFileException e)
            {
                throw CliException.Usage("cannot read " + (CsvSource.IsStandardInput(path) ? "standard input" : "'" + path + "'") + ": " + e.Message + " " + Remedy(e));
            }
        }

        private static string Remedy(CsvFileException e) => e.Problem switch
        {
            CsvFileProblem.NotUtf8 => "To read it as Windows-1252, add --encoding windows-1252.",
            CsvFileProblem.Utf8ReadAsOther => "Leave out --encoding (UTF-8 is the default).",
            _ => "To read it so, add --delimiter " + (e.Delimiter == '\t' ? "tab" : e.Delimiter == ';' ? "';'" : e.Delimiter.ToString()) + ".",
        };
    }
}
