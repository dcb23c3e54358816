using System.Diagnostics;

namespace SmartGift.Cli;

/// <summary>Reads the key from where a profile says it comes from. Failures are authentication errors (exit 3) that name the profile.</summary>
internal static class ProfileKey
{
    public static ApiKey Read(string name, Profile profile, TextReader stdin)
    {
        if (profile.KeyEnvironmentVariable is string variable)
        {
            ProfileNames.CheckVariable(variable, "the key_env of profile '" + name + "'");
            var value = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrWhiteSpace(value))
                throw new CliException(ExitCodes.AuthenticationFailed, "No API key: profile '" + name + "' takes it from the environment variable " + variable + ", which is not set.");
            return ApiKeySource.Parse(value!, "of profile '" + name + "' (environment variable " + variable + ")");
        }
        if (profile.KeyCommand is string command) return FromCommand(name, command);
        if (profile.KeyFromStdin) return ApiKeySource.Read(fromStdin: true, stdin);
        if (profile.StoredKey is string stored) return ApiKeySource.Parse(stored, "stored in profile '" + name + "'");
        return ApiKeySource.Read(fromStdin: false, stdin);
    }

    /// <summary>How long a key command may take, unless SMARTGIFT_KEY_COMMAND_TIMEOUT (seconds) says otherwise.</summary>
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private const string TimeoutVariable = "SMARTGIFT_KEY_COMMAND_TIMEOUT";

    /// <summary>The longest first line read from a key command; a key is far shorter.</summary>
    private const int MaxLine = 1024;

    /// <summary>
    /// Runs the command through the shell; its first line of output is the key. Its stderr (a
    /// passphrase prompt) reaches the operator. Bounded like any outside input (DESIGN 19): one
    /// line of at most 1024 characters is kept, the rest is discarded as it comes, and a command
    /// that has not finished within the timeout is stopped, so a cron job never hangs on it.
    /// </summary>
    private static ApiKey FromCommand(string name, string command)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/d", "/c", command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command } };
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        var limit = Environment.GetEnvironmentVariable(TimeoutVariable);
        var timeout = double.TryParse(limit, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds > 0 && seconds <= 3600 ? TimeSpan.FromSeconds(seconds) : DefaultTimeout;
        var shown = VisibleText.Of(command);
        CliException Failed(string what) =>
            new CliException(ExitCodes.AuthenticationFailed, "No API key: the key command of profile '" + name + "' " + what);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("the shell did not start");
        }
        catch (Exception e) when (e is InvalidOperationException || e is System.ComponentModel.Win32Exception)
        {
            throw Failed("could not start: " + e.Message);
        }
        using (process)
        {
            var clock = Stopwatch.StartNew();
            // The first line (at most MaxLine characters kept); everything after it is read and dropped,
            // so the command never blocks on a full pipe.
            var reading = Task.Run(() =>
            {
                var line = new StringBuilder();
                int c;
                while ((c = process.StandardOutput.Read()) >= 0 && c != '\n' && line.Length <= MaxLine) line.Append((char)c);
                var any = c >= 0 || line.Length > 0;
                var rest = new char[4096];
                while (process.StandardOutput.Read(rest, 0, rest.Length) > 0) { } // the rest, dropped as it comes
                return (Line: any ? line.ToString() : null, TooLong: line.Length > MaxLine);
            });
            var finished = reading.Wait(timeout) && process.WaitForExit(timeout - clock.Elapsed > TimeSpan.Zero ? timeout - clock.Elapsed : TimeSpan.Zero);
            if (!finished)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw Failed("did not finish within " + timeout.TotalSeconds + " s and was stopped ("
                    + TimeoutVariable + " sets the limit in seconds): " + shown);
            }
            var (line, tooLong) = reading.Result;
            if (process.ExitCode != 0) throw Failed("failed (exit " + process.ExitCode + "): " + shown);
            if (tooLong)
                throw Failed("printed a first line longer than " + MaxLine + " characters, which is not a key: " + shown);
            if (string.IsNullOrWhiteSpace(line)) throw Failed("printed nothing: " + shown);
            return ApiKeySource.Parse(line!, "printed by the key command of profile '" + name + "'");
        }
    }
}
