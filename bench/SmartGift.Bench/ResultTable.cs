namespace SmartGift.Bench;

/// <summary>The measured figures beside their goals, printed as a Markdown table (it goes into bench/README.md as is).</summary>
internal sealed class ResultTable
{
    private static readonly string[] Headings = { "Measure", "Figure", "Goal", "Result" };
    private readonly List<string[]> _rows = new List<string[]>();

    /// <param name="result">PASS, FAIL, ERROR or nothing (a figure for information, a floor).</param>
    public void Add(string measure, string figure, string goal = "", string result = "") =>
        _rows.Add(new[] { measure, figure, goal, result });

    public void Write(TextWriter output)
    {
        var widths = Enumerable.Range(0, Headings.Length)
            .Select(c => Math.Max(Headings[c].Length, _rows.Select(r => r[c].Length).DefaultIfEmpty(0).Max()))
            .ToArray();
        WriteRow(output, Headings, widths);
        output.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in _rows) WriteRow(output, row, widths);
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine("| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |");
}
