using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Csv;

/// <summary>Builds sale CSV text in tests and runs it through the reader and the assembler.</summary>
internal static class CsvText
{
    public static readonly string[] Columns = SaleColumns.All.Select(c => c.Name).ToArray();
    public static readonly string Header = string.Join(",", Columns);

    /// <summary>SaleRows.Valid as a CSV line, with some columns replaced.</summary>
    public static string Row(string orderId, params (string Column, string Value)[] changes)
    {
        var row = SaleRows.Valid(orderId);
        var values = SaleColumns.All.ToDictionary(c => c.Name, c => c.Get(row) ?? "");
        foreach (var (c, v) in changes) values[c] = v;
        return string.Join(",", Columns.Select(c => values[c]));
    }

    public static (SaleCsvReader Reader, List<SaleRow> Rows) Read(string text)
    {
        var reader = new SaleCsvReader(new StringReader(text));
        return (reader, reader.ReadRows().ToList());
    }

    public static List<OrderDraft> Orders(IEnumerable<SaleRow> rows)
    {
        var assembler = new OrderAssembler();
        var orders = new List<OrderDraft>();
        foreach (var row in rows) orders.AddRange(assembler.Add(row));
        orders.AddRange(assembler.Complete());
        return orders;
    }

    public static List<OrderDraft> Orders(string text)
    {
        using var reader = new SaleCsvReader(new StringReader(text));
        return Orders(reader.ReadRows());
    }

    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";
}

/// <summary>A header then rows without end: proves the reader streams instead of loading the file.</summary>
internal sealed class EndlessCsv : TextReader
{
    private readonly string _header;
    private readonly Func<long, string> _row;
    private string _current;
    private int _at;
    private long _next = 1;

    public EndlessCsv(string header, Func<long, string> row)
    {
        _header = header;
        _row = row;
        _current = header + "\n";
    }

    public long RowsProduced => _next - 1;

    public override int Peek() => _current[_at];

    public override int Read()
    {
        var c = _current[_at++];
        Refill();
        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(count, _current.Length - _at);
        _current.CopyTo(_at, buffer, index, n);
        _at += n;
        Refill();
        return n;
    }

    private void Refill()
    {
        if (_at < _current.Length) return;
        _current = _row(_next++) + "\n";
        _at = 0;
    }
}
