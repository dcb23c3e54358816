namespace SmartGift.Cli.Demo;

/// <summary>What the demo expected and what it saw; the demo exits 0 only when every check held.</summary>
internal sealed class DemoChecks
{
    private readonly List<string> _failed = new List<string>();
    private readonly CommandContext _context;

    public DemoChecks(CommandContext context)
    {
        _context = context;
    }

    public IReadOnlyList<string> Failed => _failed;

    public bool Expect(bool condition, string what)
    {
        _context.Note((condition ? "  [ok] " : "  [NOT AS EXPECTED] ") + what);
        if (!condition) _failed.Add(what);
        return condition;
    }
}
