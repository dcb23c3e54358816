using System.Collections.Generic;
using System.IO;

namespace SmartGift.Cli.Tests;

/// <summary>Issue 11, finding 6: which path --api-key-stdin takes (terminal: hidden prompt; pipe: silent first line).</summary>
public sealed class ApiKeyPromptTests
{
    private sealed class FakeTerminal : IKeyPrompt
    {
        private readonly string? _typed;
        public FakeTerminal(bool isTerminal, string? typed = null) { IsTerminal = isTerminal; _typed = typed; }
        public bool IsTerminal { get; }
        public List<string> Prompts { get; } = new List<string>();
        public string? ReadHidden(string prompt) { Prompts.Add(prompt); return _typed; }
    }

    [Fact]
    public void At_a_terminal_the_key_is_read_through_the_hidden_prompt_not_stdin()
    {
        var terminal = new FakeTerminal(isTerminal: true, typed: "sk_live_Typed12345678");
        var stdin = new StringReader("sk_live_FromStdin1234\n");

        var key = ApiKeySource.Read(true, stdin, terminal);

        Assert.Equal("sk_...5678", key.Masked);
        Assert.Equal(new[] { ApiKeySource.Prompt }, terminal.Prompts);
        Assert.Equal("sk_live_FromStdin1234", stdin.ReadLine()); // untouched
    }

    [Fact]
    public void From_a_pipe_the_first_line_is_read_without_a_prompt()
    {
        var terminal = new FakeTerminal(isTerminal: false);

        var key = ApiKeySource.Read(true, new StringReader("sk_live_FromStdin1234\nsecond\n"), terminal);

        Assert.Equal("sk_...1234", key.Masked);
        Assert.Empty(terminal.Prompts);
    }

    [Fact]
    public void Nothing_typed_at_the_prompt_exits_3()
    {
        var e = Assert.Throws<CliException>(() => ApiKeySource.Read(true, new StringReader(""), new FakeTerminal(true, "")));

        Assert.Equal(3, e.ExitCode);
        Assert.Contains("prompt", e.Message);
    }

    [Fact]
    public void Without_the_option_neither_is_read()
    {
        var terminal = new FakeTerminal(true, "typed");
        var stdin = new StringReader("piped\n");

        try { ApiKeySource.Read(false, stdin, terminal); }
        catch (CliException) { } // no SMARTGIFT_API_KEY in this process: the usual message
        Assert.Empty(terminal.Prompts);
        Assert.Equal("piped", stdin.ReadLine());
    }
}
