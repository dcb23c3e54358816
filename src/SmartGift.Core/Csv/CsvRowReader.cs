using CsvHelper;
using CsvHelper.Configuration;

namespace SmartGift;

/// <summary>
/// The one reader of CSV rows, sales and redemptions alike, record by record (CsvHelper's parser,
/// RFC 4180, invariant culture; BOM, CRLF and quoted newlines handled): the header is matched to
/// the known columns (CsvColumnTable: case, spaces, hyphens and underscores ignored), unknown
/// columns reported once in HeaderProblems, a missing column a problem on every row that needs it;
/// every record comes out as a row of the table's kind with its number, starting line and the
/// problems found reading it, so a bad record is reported and the next one still read. Nothing but
/// the current record is held in memory. The column table (SaleColumns, RedemptionColumns) says
/// everything else: the columns and how a record becomes a row.
/// </summary>
public abstract class CsvRowReader<TRow> : IDisposable
{
    /// <summary>The longest record (row) read, in characters; the rest of a longer one is dropped while reading (RecordSizeGuard).</summary>
    private const int MaxRecordChars = 4_000_000;

    private readonly TextReader _reader;
    private readonly RecordSizeGuard _guard;
    private readonly CsvParser _parser;
    private readonly CsvColumnTable _columns;
    private readonly char _delimiter;
    private readonly int[] _sourceIndex;
    private readonly List<string> _headerProblems = new List<string>();
    private readonly List<RecordProblem> _missingProblems = new List<RecordProblem>();
    private readonly HashSet<string> _present = new HashSet<string>(StringComparer.Ordinal);
    private int _headerCount;
    private string? _badField;
    private TRow? _pending;
    private long _rows;
    private bool _started;

    /// <summary>
    /// Reads the header at once (a header that only makes sense split by another separator than options' is refused,
    /// CsvFileException); rows are read as ReadRows is enumerated. The reader is disposed with this object.
    /// </summary>
    private protected CsvRowReader(TextReader reader, CsvReadOptions? options, CsvColumnTable columns)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        var delimiter = CsvReadOptions.Checked(options).Delimiter;
        _delimiter = delimiter;
        _columns = columns;
        _sourceIndex = Enumerable.Repeat(-1, columns.Count).ToArray();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Remember bad data for the current record instead of throwing: one bad record never stops the file.
            BadDataFound = args => _badField ??= args.Field,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
            Delimiter = delimiter.ToString(),
        };
        _guard = new RecordSizeGuard(reader, delimiter, MaxRecordChars);
        _parser = new CsvParser(_guard, config);
        ReadHeader();
    }

    /// <summary>Header findings: unknown columns (warnings), missing columns, an empty file or a header without rows.</summary>
    public IReadOnlyList<string> HeaderProblems => _headerProblems;

    /// <summary>The rows, read lazily, once (a second read is refused at once); ReadProblems say what was unreadable.</summary>
    public IEnumerable<TRow> ReadRows()
    {
        if (_started) throw new InvalidOperationException("The rows of a CSV file can be read once only.");
        _started = true;
        return Enumerate();
    }

    private IEnumerable<TRow> Enumerate()
    {
        while (_pending != null)
        {
            var record = _pending;
            _pending = ReadRecord();
            yield return record;
        }
    }

    private void ReadHeader()
    {
        if (!Read())
        {
            _headerProblems.Add("the file is empty: expected a header line naming the columns (" + string.Join(",", _columns) + ")");
            return;
        }
        var names = _parser.Record ?? Array.Empty<string>();
        _headerCount = names.Length;
        RefuseJournal();
        RefuseOtherDelimiter(names);
        if (QuoteUnbalanced(_parser.RawRecord))
            _headerProblems.Add("the header line has an unclosed quote");
        var unknownSeen = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            var key = CsvColumn.KeyOf(names[i]);
            if (key.Length == 0) { _headerProblems.Add("column " + (i + 1) + " has no name; its values are ignored"); continue; }
            var k = _columns.IndexOf(names[i]);
            if (k < 0)
            {
                if (unknownSeen.Add(key)) unknown.Add(names[i].Trim().TrimStart('\uFEFF'));
                continue;
            }
            if (_sourceIndex[k] >= 0)
            {
                _headerProblems.Add(CsvColumnTable.Twice(_columns[k], "columns " + (_sourceIndex[k] + 1), (i + 1).ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            _sourceIndex[k] = i;
            _present.Add(_columns[k].Name);
        }
        AddUnknown(unknown);
        foreach (var column in _columns.Where(c => !_present.Contains(c.Name)))
        {
            var problem = _columns.Missing(_present, column);
            if (problem == null) continue;
            _headerProblems.Add(problem);
            _missingProblems.Add(new RecordProblem("", column.Name, problem));
        }
        _badField = null;
        _pending = ReadRecord();
        if (_pending == null) _headerProblems.Add("the file has a header but no rows");
    }

    /// <summary>Most unknown columns shown by name; beyond them one summary line, so a header of 100,000 columns is one warning, not 100,000.</summary>
    private const int UnknownShown = 5;

    private void AddUnknown(List<string> unknown)
    {
        if (unknown.Count <= UnknownShown)
        {
            foreach (var name in unknown) _headerProblems.Add(CsvColumnTable.UnknownColumn(name));
            return;
        }
        _headerProblems.Add(unknown.Count + " unknown columns ignored: " + string.Join(", ", unknown.Take(UnknownShown).Select(n => ValueQuote.Of(n)))
            + " and " + (unknown.Count - UnknownShown) + " more (is the header the first line, and the separator right?)");
    }

    private TRow? ReadRecord()
    {
        if (!Read()) return default;
        var row = _columns.NewRow();
        row.RowNumber = ++_rows;
        var raw = _parser.RawRecord ?? "";
        var fields = _parser.Record ?? Array.Empty<string>();
        var unbalanced = QuoteUnbalanced(raw);
        var seenLine = StartLine(_parser.RawRow, raw, unbalanced);
        var cut = _guard.WasCut(seenLine);
        var line = seenLine + _guard.DroppedBefore(seenLine);
        row.LineNumber = line;
        // Made at the first problem only: most records of a large file have none.
        List<RecordProblem>? problems = null;
        void Add(string field, string message) => (problems ??= new List<RecordProblem>()).Add(new RecordProblem("line " + line, field, message));
        foreach (var p in _missingProblems) Add(p.Field, p.Message);

        if (cut)
        {
            Add(RowText.WholeRow, "the record is longer than " + MaxRecordChars.ToString("N0", CultureInfo.InvariantCulture)
                + " characters, far more than any row can hold; it was not read (the rest of it was skipped), so nothing from it is sent");
            _badField = null;
            row.ReadProblems = problems!;
            return (TRow)row;
        }
        if (unbalanced)
            Add("record", "the record has an unclosed quote: it runs to the end of the file (line " + _parser.RawRow +
                "), so any rows after line " + line + " were read into it; close the quote and import again");
        else if (_badField != null)
            Add("record", "the record has a stray quote in field " + ValueQuote.Of(_badField) +
                "; quote the whole field and double any quote inside it (\"a \"\"b\"\" c\")");
        else if (fields.Length != _headerCount)
            Add("record", "the record has " + fields.Length + " fields but the header has " + _headerCount +
                (fields.Length > _headerCount ? "; a comma inside a value must be quoted" : ""));
        _badField = null;

        for (var k = 0; k < _columns.Count; k++)
        {
            var i = _sourceIndex[k];
            var value = i < 0 || i >= fields.Length ? null : fields[i];
            var name = _columns[k].Name;
            // A value refused here is left out: the row reads as if it had none, and says why.
            var tooLong = FieldLimits.Check(value, name);
            if (tooLong != null) Add(name, name + " " + tooLong);
            _columns[k].SetText(row, tooLong == null ? value : null);
        }
        row.ReadProblems = (IReadOnlyList<RecordProblem>?)problems ?? Array.Empty<RecordProblem>();
        return (TRow)row;
    }

    private bool Read()
    {
        try { return _parser.Read(); }
        catch (CsvHelperException e)
        {
            // Not expected with BadDataFound handled; stop loudly rather than lose the rest silently.
            throw new InvalidDataException("The CSV file could not be read after line " + _parser.RawRow + ": " + e.Message, e);
        }
    }

    /// <summary>
    /// A journal given where the CSV goes would be read as rows: a warning per JSON field and every
    /// column missing from every line. It is one refusal instead, saying where a journal goes.
    /// </summary>
    private void RefuseJournal()
    {
        if ((_parser.RawRecord ?? "").TrimStart('\uFEFF', ' ').StartsWith("{\"format\":\"" + JournalReader.Format + "\"", StringComparison.Ordinal))
            throw new CsvFileException(CsvFileProblem.Journal, 1,
                "line 1: this is a SmartGift journal, not a CSV file of rows. Nothing was sent.");
    }

    /// <summary>
    /// A header split by another separator (';' from Excel in many European locales) would give
    /// a warning per column and an error per row; it is one clear refusal instead, naming the separator.
    /// </summary>
    private void RefuseOtherDelimiter(string[] names)
    {
        var matched = names.Count(n => _columns.IndexOf(n) >= 0);
        var raw = (_parser.RawRecord ?? "").TrimEnd('\r', '\n');
        foreach (var other in CsvReadOptions.Delimiters)
        {
            if (other == _delimiter || raw.IndexOf(other) < 0) continue;
            var split = raw.Split(other);
            var otherMatched = split.Count(n => _columns.IndexOf(n.Trim().Trim('"')) >= 0);
            if (otherMatched >= 2 && otherMatched > matched)
                throw new CsvFileException(CsvFileProblem.OtherDelimiter, 1,
                    "line 1: the header's columns are separated by " + CsvReadOptions.Name(other) + ", not " + CsvReadOptions.Name(_delimiter)
                    + " (" + otherMatched + " known columns when split by " + CsvReadOptions.Name(other) + ", " + matched + " otherwise). Nothing was sent. "
                    + "Read the file with " + CsvReadOptions.Name(other) + " as the separator.", other);
        }
    }

    /// <summary>An odd number of quotes means a quoted field never closed (possible only at the end of the file).</summary>
    // This and StartLine run over every character of every record: loops, not LINQ (as SaleValidator).
    private static bool QuoteUnbalanced(string? raw)
    {
        var quotes = 0;
        if (raw != null) foreach (var c in raw) if (c == '"') quotes++;
        return quotes % 2 == 1;
    }

    /// <summary>
    /// CsvHelper's RawRow is the line where the record ended (after its line break); the record
    /// started that many line breaks earlier, less the one that ends it.
    /// </summary>
    private static long StartLine(long rawRow, string raw, bool unbalanced)
    {
        var breaks = 0;
        for (var i = 0; i < raw.Length; i++)
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n'))) breaks++;
        var terminated = !unbalanced && raw.Length > 0 && (raw[raw.Length - 1] == '\n' || raw[raw.Length - 1] == '\r');
        return rawRow - breaks + (terminated ? 1 : 0);
    }

    /// <summary>
    /// Opens text as its author wrote it (CsvFileText: a file, or a stream spooled once when it cannot
    /// seek): a byte order mark is honoured; otherwise the text is UTF-8, or options.Encoding (e.g.
    /// Windows-1252). Throws CsvFileException, before any row is read, when the text is not valid in
    /// that encoding or the header is split by another separator.
    /// </summary>
    private protected static TReader OpenWith<TReader>(Func<CsvReadOptions, TextReader> open, CsvReadOptions? options,
        Func<TextReader, CsvReadOptions, TReader> make)
    {
        var reading = CsvReadOptions.Checked(options);
        var text = open(reading);
        try { return make(text, reading); }
        catch { text.Dispose(); throw; }
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
        GC.SuppressFinalize(this);
    }
}
