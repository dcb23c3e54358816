using Spectre.Console;

namespace SmartGift.Cli;

/// <summary>
/// For people: a Spectre table on a terminal, plain aligned columns when redirected. Lists are
/// laid out once all rows are in; imports stream one line per result (streaming: true) so
/// a long run shows its progress and memory stays flat.
/// </summary>
internal sealed class TableRecordWriter(TextWriter output, bool interactive, bool streaming) : IRecordWriter
{
    private readonly List<OutputRecord> _rows = new List<OutputRecord>();

    public void Write(OutputRecord record)
    {
        if (!streaming)
        {
            _rows.Add(record);
            return;
        }
        // "Confirmed  order_id: 1001  total: 150.50": the first field is the status; empty and repeated fields are left out.
        var text = new StringBuilder(Shown(record.Fields[0].Value).PadRight(9));
        foreach (var field in record.Fields.Skip(1))
        {
            var cell = Shown(field.Value);
            // Core often repeats one message in error, problems and message: show it once.
            if (cell.Length == 0 || (cell.Length > 24 && text.ToString().Contains(cell))) continue;
            text.Append("  ").Append(field.Key).Append(": ").Append(cell);
        }
        var line = text.ToString();
        if (interactive) AnsiConsole.WriteLine(line); // through Spectre, so a live progress display stays below
        else
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    public void Complete()
    {
        if (streaming || _rows.Count == 0) return;
        if (interactive) WriteSpectreTable();
        else
        {
            var names = _rows[0].Fields.Select(f => VisibleText.Of(f.Key)).ToList();
            var cells = _rows.Select(r => r.Fields.Select(f => Shown(f.Value)).ToList()).ToList();
            var widths = names.Select((name, i) => Math.Max(name.Length, cells.Max(c => i < c.Count ? c[i].Length : 0))).ToList();
            output.WriteLine(Join(names, widths));
            output.WriteLine(Join(widths.Select(w => new string('-', w)).ToList(), widths));
            foreach (var row in cells) output.WriteLine(Join(row, widths));
            output.Flush();
        }
        _rows.Clear();
    }

    public void Dispose() { }

    private void WriteSpectreTable()
    {
        var names = _rows[0].Fields.Select(f => f.Key).ToList();
        // A table wider than the terminal wraps its cells mid-value ("150" over ".00"): a list then reads better.
        var needed = 1 + names.Select((name, i) => 3 + Math.Max(VisibleText.Of(name).Length, _rows.Max(r => Shown(r.Fields[i].Value).Length))).Sum();
        if (needed > AnsiConsole.Profile.Width)
        {
            // One record after another, a "name: value" line per field that has one, a blank line between records.
            foreach (var row in _rows)
            {
                foreach (var field in row.Fields.Where(f => Shown(f.Value).Length > 0))
                    AnsiConsole.WriteLine(VisibleText.Of(field.Key) + ": " + Shown(field.Value));
                AnsiConsole.WriteLine();
            }
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var name in names) table.AddColumn(new TableColumn(Markup.Escape(VisibleText.Of(name))));
        foreach (var row in _rows)
            table.AddRow(row.Fields.Select(f => (Spectre.Console.Rendering.IRenderable)new Text(Shown(f.Value))).ToArray());
        AnsiConsole.Write(table);
    }

    private static string Join(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    /// <summary>A cell on one line, its control characters visible (\e, \n, \u0000): data from outside never drives the terminal (DESIGN 19).</summary>
    private static string Shown(object? value) => VisibleText.Of(CellText.Of(value));
}
