namespace SmartGift.Cli;

/// <summary>
/// Standard input as bytes, opened once: a CSV given as `-` is read from it with the same
/// encoding rules as a file (DESIGN 19), so the key line of --api-key-stdin is read from it
/// too, byte by byte, leaving the CSV that follows untouched.
/// </summary>
internal static class StandardInput
{
    private static Stream? _stream;
    private static bool _given;

    public static Stream Stream => _stream ??= Console.OpenStandardInput();

    /// <summary>A person types at standard input (a key prompt then reads keys with echo off), rather than a pipe or a file.</summary>
    public static bool IsTerminal => !_given && !Console.IsInputRedirected;

    /// <summary>
    /// For a run of the CLI inside another process (its tests run CliApplication in theirs):
    /// standard input is this stream, a pipe, until Use(null) gives back the console's.
    /// </summary>
    public static void Use(Stream? stream)
    {
        _stream = stream;
        _given = stream != null;
    }

    /// <summary>A reader whose ReadLine takes one line (at most 4096 bytes, UTF-8) and nothing more from standard input.</summary>
    public static TextReader Lines { get; } = new LineReader();

    private sealed class LineReader : TextReader
    {
        public override string? ReadLine()
        {
            var line = new List<byte>();
            var last = 0;
            while (line.Count < 4096 && (last = Stream.ReadByte()) >= 0 && last != '\n') line.Add((byte)last);
            return last < 0 && line.Count == 0 ? null : Encoding.UTF8.GetString(line.ToArray());
        }
    }
}
