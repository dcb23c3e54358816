using System;
using System.Diagnostics;
using System.IO;

namespace SmartGift.Cli.Profiles
{
    /// <summary>Reads the key from where a profile says it comes from. Failures are authentication errors (exit 3) that name the profile.</summary>
    public static class ProfileKey
    {
        public static ApiKey Read(string name, Profile profile, TextReader stdin)
        {
            if (profile.KeyEnvironmentVariable is string variable)
            {
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

        /// <summary>Runs the command through the shell; its first line of output is the key. Its stderr (a passphrase prompt) reaches the operator.</summary>
        private static ApiKey FromCommand(string name, string command)
        {
            var start = OperatingSystem.IsWindows()
                ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/d", "/c", command } }
                : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command } };
            start.RedirectStandardOutput = true;
            start.UseShellExecute = false;
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("the shell did not start");
            }
            catch (Exception e) when (e is InvalidOperationException || e is System.ComponentModel.Win32Exception)
            {
                throw new CliException(ExitCodes.AuthenticationFailed, "No API key: the key command of profile '" + name + "' could not start: " + e.Message);
            }
            using (process)
            {
                var output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                    throw new CliException(ExitCodes.AuthenticationFailed, "No API key: the key command of profile '" + name + "' failed (exit " + process.ExitCode + "): " + command);
                var line = new StringReader(output).ReadLine();
                if (string.IsNullOrWhiteSpace(line))
                    throw new CliException(ExitCodes.AuthenticationFailed, "No API key: the key command of profile '" + name + "' printed nothing: " + command);
                return ApiKeySource.Parse(line!, "printed by the key command of profile '" + name + "'");
            }
        }
    }
}
