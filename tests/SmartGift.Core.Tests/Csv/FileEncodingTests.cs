using System;
using System.IO;
using System.Linq;
using System.Text;

namespace SmartGift.Core.Tests.Csv;

/// <summary>
/// Issue 11, findings 4 and 5: a file is read as its author wrote it. Windows-1252 (Excel's
/// "CSV (Comma delimited)") is refused unless asked for, and then arrives intact; a header split
/// by ';' or tab is one clear refusal naming the separator, and reads with that separator.
/// </summary>
public sealed class FileEncodingTests : IDisposable
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "smartgift-enc-" + Guid.NewGuid().ToString("N"));

    public FileEncodingTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>What Excel on Windows writes: cp1252, CRLF, a pound sign in the message, accents in the names.</summary>
    private string ExcelFile(Encoding encoding, char delimiter = ',', string name = "excel.csv", bool bom = false)
    {
        var lines = new[]
        {
            CsvText.Header,
            CsvText.Row("1", ("message", "A £20 treat"), ("first_name", "José"), ("last_name", "Müller")),
            CsvText.Row("2", ("first_name", "Zoë")),
        }.Select(l => delimiter == ',' ? l : l.Replace(',', delimiter));
        var path = Path.Combine(_folder, name);
        var text = string.Join("\r\n", lines) + "\r\n";
        var bytes = encoding.GetBytes(text);
        File.WriteAllBytes(path, bom ? encoding.GetPreamble().Concat(bytes).ToArray() : bytes);
        return path;
    }

    [Fact]
    public void A_windows_1252_file_is_refused_naming_the_first_bad_line()
    {
        var path = ExcelFile(Windows1252);

        var e = Assert.Throws<CsvFileException>(() => SaleCsvReader.Open(path));

        Assert.Equal(CsvFileProblem.NotUtf8, e.Problem);
        Assert.Equal(2, e.LineNumber);
        Assert.Contains("line 2 is not valid UTF-8 (byte 0xA3)", e.Message);
        Assert.Contains("Windows-1252", e.Message);
        Assert.Contains("Nothing was sent", e.Message);
    }

    [Fact]
    public void Read_as_windows_1252_the_pound_sign_and_accents_arrive_intact()
    {
        var path = ExcelFile(Windows1252);

        using var reader = SaleCsvReader.Open(path, new CsvReadOptions { Encoding = Windows1252 });
        var rows = reader.ReadRows().ToList();

        Assert.Empty(reader.HeaderProblems);
        Assert.Equal("A £20 treat", rows[0].Message);
        Assert.Equal("José", rows[0].FirstName);
        Assert.Equal("Müller", rows[0].LastName);
        Assert.Equal("Zoë", rows[1].FirstName);
        Assert.All(rows, r => Assert.Empty(r.ReadProblems));
        Assert.DoesNotContain(rows, r => (r.Message + r.FirstName + r.LastName).Contains('\uFFFD'));
    }

    [Fact]
    public void A_utf8_file_read_as_windows_1252_is_refused_rather_than_garbled()
    {
        var path = ExcelFile(new UTF8Encoding(false));

        var e = Assert.Throws<CsvFileException>(() => SaleCsvReader.Open(path, new CsvReadOptions { Encoding = Windows1252 }));

        Assert.Equal(CsvFileProblem.Utf8ReadAsOther, e.Problem);
        Assert.Equal(2, e.LineNumber);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_byte_order_mark_is_honoured(string encodingName)
    {
        var path = ExcelFile(Encoding.GetEncoding(encodingName), bom: true);

        // Asked for Windows-1252 (UTF-16 cases), but the mark says otherwise: the mark wins.
        using var sales = SaleCsvReader.Open(path, new CsvReadOptions { Encoding = encodingName == "utf-8" ? null : Windows1252 });
        var rows = sales.ReadRows().ToList();

        Assert.Equal("José", rows[0].FirstName);
        Assert.Equal("A £20 treat", rows[0].Message);
    }

    [Fact]
    public void Plain_ascii_reads_the_same_either_way()
    {
        var path = Path.Combine(_folder, "ascii.csv");
        File.WriteAllText(path, CsvText.Lines(CsvText.Header, CsvText.Row("1")));

        using var a = SaleCsvReader.Open(path);
        using var b = SaleCsvReader.Open(path, new CsvReadOptions { Encoding = Windows1252 });

        Assert.Equal(a.ReadRows().Single().FirstName, b.ReadRows().Single().FirstName);
    }

    [Theory]
    [InlineData(';', "';'")]
    [InlineData('\t', "tab")]
    public void A_header_split_by_another_separator_is_one_clear_refusal(char delimiter, string named)
    {
        var path = ExcelFile(new UTF8Encoding(false), delimiter);

        var e = Assert.Throws<CsvFileException>(() => SaleCsvReader.Open(path));

        Assert.Equal(CsvFileProblem.OtherDelimiter, e.Problem);
        Assert.Equal(delimiter, e.Delimiter);
        Assert.Contains("separated by " + named + ", not ','", e.Message);
        Assert.True(e.Message.Length < 400, e.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_journal_given_as_the_CSV_is_one_clear_refusal(bool redemptions)
    {
        // Found from outside: `smartgift reconcile run.jsonl` read the journal as rows, and said
        // thirteen columns were missing from every one of its lines.
        var path = Path.Combine(_folder, "run.jsonl");
        File.WriteAllText(path, "{\"format\":\"smartgift-journal\",\"version\":1,\"kind\":\"sale\"}\n"
            + "{\"at\":\"2026-12-07T17:31:26.874Z\",\"event\":\"sending\",\"key\":\"S-1\"}\n");

        var e = Assert.Throws<CsvFileException>(() =>
        {
            if (redemptions) RedemptionCsvReader.Open(path).Dispose();
            else SaleCsvReader.Open(path).Dispose();
        });

        Assert.Equal(CsvFileProblem.Journal, e.Problem);
        Assert.Equal(1, e.LineNumber);
        Assert.Contains("a SmartGift journal, not a CSV file", e.Message);
        Assert.Contains("Nothing was sent", e.Message);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void With_that_separator_the_file_reads(char delimiter)
    {
        var path = ExcelFile(Windows1252, delimiter);

        using var reader = SaleCsvReader.Open(path, new CsvReadOptions { Encoding = Windows1252, Delimiter = delimiter });
        var rows = reader.ReadRows().ToList();

        Assert.Empty(reader.HeaderProblems);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Empty(r.ReadProblems));
        Assert.Equal("Müller", rows[0].LastName);
    }

    [Fact]
    public void A_redemption_file_split_by_semicolons_is_refused_too_and_reads_with_the_option()
    {
        var path = Path.Combine(_folder, "redeem.csv");
        File.WriteAllText(path, "reference;voucher_no;site_id;value;experiences\r\nR1;ABC123;1;;\"Spa;Dinner\"\r\n");

        var e = Assert.Throws<CsvFileException>(() => RedemptionCsvReader.Open(path));
        Assert.Equal(CsvFileProblem.OtherDelimiter, e.Problem);

        using var reader = RedemptionCsvReader.Open(path, new CsvReadOptions { Delimiter = ';' });
        var row = reader.ReadRows().Single();
        Assert.Equal("ABC123", row.VoucherNumber);
        Assert.Equal(new[] { "Spa", "Dinner" }, row.ExperienceNames);
    }

    [Fact]
    public void A_comma_header_with_one_unknown_column_is_not_mistaken_for_another_separator()
    {
        var (reader, rows) = CsvText.Read(CsvText.Header + ",notes;internal\n" + CsvText.Row("1") + ",x\n");

        Assert.Single(rows);
        Assert.Contains(reader.HeaderProblems, p => p.Contains("unknown column"));
    }

    /// <summary>
    /// The whole file is checked, not its first 64 KB block: a bad byte far in is named by its own
    /// line, and a character whose bytes fall in two blocks is read whole (or refused on its line).
    /// </summary>
    [Theory]
    [InlineData(false, 4500, 0xA3)]
    [InlineData(true, 4096, 0xC3)]
    public void A_bad_byte_past_the_first_block_is_named_by_its_line(bool brokenAcrossBlocks, int line, int badByte)
    {
        // Lines of 16 bytes: line 4096 starts at byte 65,520, and its 'é' (C3 A9) starts in the block's last byte.
        var bytes = new System.Collections.Generic.List<byte>();
        for (var n = 1; n <= 5000; n++)
        {
            bytes.AddRange(Encoding.ASCII.GetBytes(new string('a', 15)));
            if (n == 4096) bytes.AddRange(new byte[] { 0xC3, brokenAcrossBlocks ? (byte)'x' : (byte)0xA9 });
            if (n == 4500) bytes.Add(0xA3);
            bytes.Add((byte)'\n');
        }
        var path = Path.Combine(_folder, "long.csv");
        File.WriteAllBytes(path, bytes.ToArray());

        var e = Assert.Throws<CsvFileException>(() => SaleCsvReader.Open(path));

        Assert.Equal(CsvFileProblem.NotUtf8, e.Problem);
        Assert.Equal(line, e.LineNumber);
        Assert.Contains("line " + line + " is not valid UTF-8 (byte 0x" + badByte.ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + ")", e.Message);
    }
}
