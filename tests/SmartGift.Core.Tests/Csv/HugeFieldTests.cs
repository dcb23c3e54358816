using System;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace SmartGift.Core.Tests.Csv;

/// <summary>
/// Issue 22 finding 7: one 1.1 GB field ended in an unhandled OverflowException in CsvHelper,
/// and memory was about 10x the field. Now a record longer than 4,000,000 characters is skipped
/// while it is read, reported as a problem of its row, and the rows after it are read with their
/// own line numbers. The 1 GB field is generated as it is read: no file on disk.
/// </summary>
public sealed class HugeFieldTests
{
    private readonly ITestOutputHelper _output;

    public HugeFieldTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_one_gigabyte_field_is_a_problem_of_its_row_read_in_bounded_memory()
    {
        var row = CsvText.Row("BIG", ("message", "@"));
        var at = row.IndexOf('@', StringComparison.Ordinal);
        var text = new GeneratedText(CsvText.Header + "\n" + row.Substring(0, at), 'x', 1_000_000_000L, row.Substring(at + 1) + "\n" + CsvText.Row("NEXT") + "\n");

        using var reader = new SaleCsvReader(text, null);
        var rows = reader.ReadRows().ToList();

        Assert.Equal(2, rows.Count);
        var problem = Assert.Single(rows[0].ReadProblems, p => p.Field == "row");
        Assert.Contains("longer than 4,000,000 characters", problem.Message);
        Assert.Equal("line 2", problem.Location);
        Assert.Equal("NEXT", rows[1].OrderId);
        Assert.Empty(rows[1].ReadProblems);
        Assert.Equal(3, rows[1].LineNumber);
        var peakMb = text.PeakManagedBytes / (1024 * 1024);
        _output.WriteLine("1 GB field: peak managed heap while reading " + peakMb + " MB");
        Assert.True(peakMb < 300, "the managed heap reached " + peakMb + " MB");
    }

    [Fact]
    public void Line_breaks_inside_a_skipped_record_still_count_for_the_lines_after_it()
    {
        var big = "\"" + string.Concat(Enumerable.Repeat(new string('y', 399_999) + "\n", 12)) + "\"";
        var text = CsvText.Lines(CsvText.Header, CsvText.Row("BIG", ("message", "MESSAGE")).Replace("MESSAGE", big, StringComparison.Ordinal), CsvText.Row("AFTER", ("message", "Line one")));

        var (_, rows) = CsvText.Read(text);

        Assert.Equal(2, rows.Count);
        Assert.Contains(rows[0].ReadProblems, p => p.Field == "row" && p.Location == "line 2");
        var refused = CsvText.Orders(rows)[0];
        Assert.False(refused.IsValid);
        Assert.Equal("row", Assert.Single(refused.Problems).Field); // one problem, not one per unread column
        Assert.Equal("AFTER", rows[1].OrderId);
        Assert.Equal(2 + 12 + 1, rows[1].LineNumber);
        Assert.Empty(rows[1].ReadProblems);
    }

    /// <summary>A head, then count copies of one character, then a tail, made as they are read; notes the managed heap's peak.</summary>
    private sealed class GeneratedText : TextReader
    {
        private readonly string _head;
        private readonly char _fill;
        private readonly string _tail;
        private long _position;
        private readonly long _total;
        private long _nextSample;

        public GeneratedText(string head, char fill, long count, string tail)
        {
            _head = head;
            _fill = fill;
            _tail = tail;
            _total = head.Length + count + tail.Length;
        }

        public long PeakManagedBytes { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position >= _nextSample)
            {
                PeakManagedBytes = Math.Max(PeakManagedBytes, GC.GetTotalMemory(false));
                _nextSample = _position + 16 * 1024 * 1024;
            }
            var n = 0;
            var fillEnd = _total - _tail.Length;
            while (n < count && _position < _total)
            {
                buffer[index + n++] = _position < _head.Length ? _head[(int)_position]
                    : _position < fillEnd ? _fill
                    : _tail[(int)(_position - fillEnd)];
                _position++;
            }
            return n;
        }
    }
}
