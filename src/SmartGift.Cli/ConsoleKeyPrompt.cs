namespace SmartGift.Cli;

/// <summary>The prompt goes to stderr (stdout may be a results file); keys are read with echo off.</summary>
internal sealed class ConsoleKeyPrompt : IKeyPrompt
{
    public static readonly ConsoleKeyPrompt Instance = new ConsoleKeyPrompt();

    public bool IsTerminal => StandardInput.IsTerminal;

    public string? ReadHidden(string prompt)
    {
        // Asking whether a key is waiting puts .NET's terminal into key-reading mode (echo off) before
        // the prompt shows, so keys typed the moment it appears are not echoed either.
        _ = Console.KeyAvailable;
        Console.Error.Write(prompt);
        Console.Error.Flush();
        var key = new StringBuilder();
        while (true)
        {
            var press = Console.ReadKey(intercept: true);
            if (press.Key == ConsoleKey.Enter) break;
            if (press.Key == ConsoleKey.Backspace) { if (key.Length > 0) key.Length--; continue; }
            // Ctrl+D on an empty line: end of input, as a pipe would say.
            if (press.Key == ConsoleKey.D && press.Modifiers == ConsoleModifiers.Control && key.Length == 0) { Console.Error.WriteLine(); return null; }
            if (!char.IsControl(press.KeyChar)) key.Append(press.KeyChar);
        }
        Console.Error.WriteLine();
        return key.ToString();
    }
}
