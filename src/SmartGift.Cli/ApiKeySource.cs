using System;
using System.IO;

namespace SmartGift.Cli
{
    /// <summary>
    /// Where the key comes from: SMARTGIFT_API_KEY, or the first line of standard input with
    /// --api-key-stdin. Never from an argument: argv is visible to every user of the machine.
    /// </summary>
    public static class ApiKeySource
    {
        public static ApiKey Read(bool fromStdin, TextReader stdin)
        {
            if (fromStdin)
            {
                var line = stdin.ReadLine();
                if (string.IsNullOrWhiteSpace(line))
                    throw new CliException(ExitCodes.AuthenticationFailed, "No API key: --api-key-stdin was given but the first line of standard input is empty.");
                return ApiKey.FromString(line!);
            }
            return ApiKey.FromEnvironment()
                ?? throw new CliException(ExitCodes.AuthenticationFailed,
                    "No API key: set the " + ApiKey.EnvironmentVariable + " environment variable, or pipe the key in with --api-key-stdin.");
        }
    }
}
