using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace SmartGift;

/// <summary>
/// Where a company's ledger lives (DESIGN 6, docs/journal.md): one SQLite file per company and
/// service, in the user's data folder. The company is a name the user gives (profile, session,
/// SMARTGIFT_COMPANY) or, without one, a keyed fingerprint of the API key: the key itself is
/// never stored. The service (production, development, or a test server's host and port) is
/// part of the name, so a rehearsal against the mock never marks a real order as sold.
/// </summary>
internal static class LedgerLocation
{
    public const string DataDirectoryVariable = "SMARTGIFT_DATA_DIR";
    public const string CompanyVariable = "SMARTGIFT_COMPANY";

    private static readonly Regex CompanyName = new Regex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant);

    /// <summary>$SMARTGIFT_DATA_DIR, else $XDG_DATA_HOME/smartgift or ~/.local/share/smartgift (Unix), %LOCALAPPDATA%\smartgift (Windows).</summary>
    public static string DataDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured!.Trim());
        if (Path.DirectorySeparatorChar == '\\')
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "smartgift");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "smartgift");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "smartgift");
    }

    /// <summary>The ledger file of the client's company and service (options.LedgerPath when set).</summary>
    public static string For(SmartGiftClientOptions options)
    {
        if (options == null) throw new ArgumentNullException(nameof(options));
        if (!string.IsNullOrWhiteSpace(options.LedgerPath)) return Path.GetFullPath(options.LedgerPath!.Trim());
        return Path.Combine(DataDirectory(), Company(options) + "." + Service(options.BaseUri) + ".ledger.db");
    }

    /// <summary>The company's name in file names: the one given, or "key-" and 16 hex digits of a keyed hash of the key.</summary>
    public static string Company(SmartGiftClientOptions options)
    {
        if (options == null) throw new ArgumentNullException(nameof(options));
        var name = options.Company;
        if (string.IsNullOrWhiteSpace(name)) name = Environment.GetEnvironmentVariable(CompanyVariable);
        if (!string.IsNullOrWhiteSpace(name))
        {
            name = name!.Trim();
            if (!CompanyName.IsMatch(name))
                throw new ArgumentException("The company name '" + Printable(name) + "' is not usable in a file name: use letters, digits, '.', '_' and '-' (at most 64), starting with a letter or digit.");
            return name;
        }
        return "key-" + options.ApiKey.LedgerFingerprint();
    }

    /// <summary>production, development, or host_port of any other server (a mock, a proxy).</summary>
    public static string Service(Uri baseUri)
    {
        if (baseUri == null) throw new ArgumentNullException(nameof(baseUri));
        if (baseUri.Host == SmartGiftEnvironment.Production.BaseUri().Host) return "production";
        if (baseUri.Host == SmartGiftEnvironment.Development.BaseUri().Host) return "development";
        var host = Regex.Replace(baseUri.Host, "[^A-Za-z0-9.-]", "_");
        return host + "_" + baseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An HMAC of a fixed text keyed by the API key: the same key gives the same name, and the name gives nothing of the key.</summary>
    internal static string Fingerprint(char[] secret)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        try
        {
            using var hmac = new HMACSHA256(key);
            return RecordKey.Hex(hmac.ComputeHash(Encoding.UTF8.GetBytes("smartgift ledger company v1")), 8);
        }
        finally
        {
            Array.Clear(key, 0, key.Length);
        }
    }

    private static string Printable(string text) => string.Concat(text.Select(c =>
        char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString()));
}
