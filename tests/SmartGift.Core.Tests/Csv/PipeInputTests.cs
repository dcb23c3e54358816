using System;
using System.IO;
using System.Linq;
using System.Text;

namespace SmartGift.Core.Tests.Csv;

/// <summary>
/// Issue 22 findings 1 and 6 in Core: a stream that cannot seek (standard input, a FIFO,
/// /proc/self/fd/0 given to New-SgSale -Path) is read once, spooled, with the same encoding
/// rules as a file, and never ends in "Stream does not support seeking".
/// </summary>
public sealed class PipeInputTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static byte[] Text(Encoding encoding, bool bom) =>
        (bom ? encoding.GetPreamble() : Array.Empty<byte>())
            .Concat(encoding.GetBytes(CsvText.Header + "\r\n" + CsvText.Row("1", ("message", "A £20 treat"), ("first_name", "José")) + "\r\n")).ToArray();

    [Theory]
    [InlineData("utf-8 bom")]
    [InlineData("utf-8")]
    [InlineData("utf-16le bom")]
    [InlineData("utf-16be bom")]
    public void A_pipe_is_read_with_its_byte_order_mark(string shape)
    {
        var encoding = shape.StartsWith("utf-16le", StringComparison.Ordinal) ? new UnicodeEncoding(false, true)
            : shape.StartsWith("utf-16be", StringComparison.Ordinal) ? new UnicodeEncoding(true, true) : (Encoding)new UTF8Encoding(true);
        using var reader = SaleCsvReader.Open(new PipeStream(Text(encoding, shape.EndsWith("bom", StringComparison.Ordinal))), null);

        Assert.Empty(reader.HeaderProblems);
        var row = Assert.Single(reader.ReadRows());
        Assert.Equal("A £20 treat", row.Message);
        Assert.Equal("José", row.FirstName);
    }

    [Fact]
    public void Windows_1252_in_a_pipe_is_refused_unless_asked_for()
    {
        var e = Assert.Throws<CsvFileException>(() => SaleCsvReader.Open(new PipeStream(Text(Windows1252, false)), null));
        using var asked = SaleCsvReader.Open(new PipeStream(Text(Windows1252, false)), new CsvReadOptions { Encoding = Windows1252 });

        Assert.Equal(CsvFileProblem.NotUtf8, e.Problem);
        Assert.Equal("A £20 treat", Assert.Single(asked.ReadRows()).Message);
    }

    [Fact]
    public void A_pipe_larger_than_the_spool_limit_is_refused()
    {
        var e = Assert.Throws<CsvFileException>(() => SaleCsvReader.Open(new PipeStream(Text(Encoding.UTF8, false)), new CsvReadOptions { MaxSpoolBytes = 16 }));

        Assert.Equal(CsvFileProblem.TooLarge, e.Problem);
    }

    [Fact]
    public void The_spooled_copy_is_private_and_gone_when_the_reader_is_closed()
    {
        if (OperatingSystem.IsWindows()) return;
        var before = Directory.GetFiles(Path.GetTempPath(), "smartgift-input-*").ToHashSet();

        var reader = SaleCsvReader.Open(new PipeStream(Text(Encoding.UTF8, false)), null);
        var spooled = Assert.Single(Directory.GetFiles(Path.GetTempPath(), "smartgift-input-*"), f => !before.Contains(f));
        var mode = File.GetUnixFileMode(spooled);
        reader.Dispose();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.False(File.Exists(spooled));
    }

    /// <summary>Bytes that can be read once, forwards only, as from a pipe.</summary>
    private sealed class PipeStream : MemoryStream
    {
        public PipeStream(byte[] bytes) : base(bytes) { }
        public override bool CanSeek => false;
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
        public override long Length => throw new NotSupportedException();
    }
}
