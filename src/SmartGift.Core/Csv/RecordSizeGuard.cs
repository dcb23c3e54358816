namespace SmartGift;

/// <summary>
/// Sits between the file's text and CsvHelper and keeps any one record to MaxRecordChars
/// (DESIGN 19). CsvHelper holds a whole record, and its raw text, in memory (a 1.1 GB field once
/// ended in an OverflowException, and 400 MB took 4.3 GB); here the text is followed with the
/// same RFC 4180 rules (a quote opens a field only at its start, "" inside is a quote), and once a
/// record passes the limit the rest of it is dropped as it is read, up to its end, which is then
/// closed as CsvHelper expects. The record is named in Cuts (its first line), so the table
/// reports it as a problem of its row; line breaks dropped with it are counted, so the lines of
/// later records stay those of the file.
/// </summary>
internal sealed class RecordSizeGuard(TextReader inner, char delimiter, int limit) : TextReader
{
    private enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }

    private readonly char[] _buffer = new char[64 * 1024];
    private readonly HashSet<long> _cutLines = new HashSet<long>();
    private readonly List<(long OutputLine, long Dropped)> _drops = new List<(long, long)>();
    private int _next;
    private int _end;
    private State _state = State.FieldStart;
    private long _recordChars;
    private long _outputLine = 1;
    private long _recordStartLine = 1;
    private bool _cutting;
    private bool _cutInQuotes;
    private long _droppedBreaks;
    private bool _pendingClose;
    private char _pendingBreak;

    /// <summary>The first lines (as CsvHelper counts them) of the records that were cut.</summary>
    public bool WasCut(long line) => _cutLines.Contains(line);

    /// <summary>Line breaks dropped before the given line (as CsvHelper counts it): add them to get the file's line.</summary>
    public long DroppedBefore(long line) => _drops.LastOrDefault(d => d.OutputLine <= line).Dropped;

    public override int Read(char[] buffer, int index, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (_pendingClose) { buffer[index + written++] = '"'; _pendingClose = false; continue; }
            if (_pendingBreak != '\0') { Emit(buffer, index, ref written, _pendingBreak); _pendingBreak = '\0'; continue; }
            if (_next == _end)
            {
                if (written > 0) break; // hand over what is ready rather than wait for more
                _end = inner.Read(_buffer, 0, _buffer.Length);
                _next = 0;
                if (_end <= 0) { _end = 0; return written; }
            }
            var c = _buffer[_next++];
            var ended = Step(c);
            if (!_cutting)
            {
                Emit(buffer, index, ref written, c);
                if (ended) StartRecord();
                else if (++_recordChars > limit)
                {
                    _cutting = true;
                    _cutInQuotes = _state == State.Quoted || _state == State.QuoteInQuoted;
                    _cutLines.Add(_recordStartLine);
                }
                continue;
            }
            if (!ended)
            {
                if (c == '\n') _droppedBreaks++;
                continue;
            }
            // The end of a cut record: close its quote for CsvHelper, then the line break.
            _cutting = false;
            _drops.Add((_outputLine + 1, _droppedBreaks));
            if (_cutInQuotes) _pendingClose = true;
            _pendingBreak = c;
            StartRecord();
        }
        return written;
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 1 ? one[0] : -1;
    }

    private void Emit(char[] buffer, int index, ref int written, char c)
    {
        buffer[index + written++] = c;
        if (c == '\n') _outputLine++;
    }

    private void StartRecord()
    {
        _recordChars = 0;
        _recordStartLine = _outputLine;
    }

    /// <summary>Follows RFC 4180 one character on; true when the character ends a record.</summary>
    private bool Step(char c)
    {
        var lineBreak = c == '\n' || c == '\r';
        switch (_state)
        {
            case State.Quoted:
                if (c == '"') _state = State.QuoteInQuoted;
                return false;
            case State.QuoteInQuoted:
                if (c == '"') { _state = State.Quoted; return false; }
                break;
            case State.FieldStart:
                if (c == '"') { _state = State.Quoted; return false; }
                break;
        }
        if (lineBreak) { _state = State.FieldStart; return true; }
        _state = c == delimiter ? State.FieldStart : State.Unquoted;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
