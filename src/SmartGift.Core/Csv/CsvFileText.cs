namespace SmartGift;

/// <summary>
/// Opens a CSV file as the text its author wrote: a byte order mark is honoured; otherwise the
/// file is read as UTF-8, or as the encoding asked for. The whole file is checked first, so a
/// Windows-1252 file read as UTF-8 is refused before any row is sent, instead of turning £ and
/// every accent into U+FFFD on customers' vouchers. Every way in reads the same way (DESIGN 19):
/// a file is opened once; standard input, a FIFO, a process substitution or /dev/stdin, which
/// cannot be read twice, is first copied once to a private temporary file (deleted when closed),
/// at most MaxSpoolBytes, and then read like any file.
/// </summary>
internal static class CsvFileText
{
    /// <summary>The most read from a source that cannot be read twice (a pipe): 1 GB.</summary>
    public const long MaxSpoolBytes = 1024L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TextReader Open(string path, CsvReadOptions options)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        return Open(stream, options);
    }

    /// <summary>The text of a stream, which this takes over: read where it is when it can seek, else spooled first.</summary>
    public static TextReader Open(Stream source, CsvReadOptions options)
    {
        Stream stream = source;
        try
        {
            if (!source.CanSeek)
            {
                stream = Spool(source, options.MaxSpoolBytes);
                source.Dispose();
            }
            return OpenSeekable(stream, options);
        }
        catch
        {
            stream.Dispose();
            if (!ReferenceEquals(stream, source)) source.Dispose();
            throw;
        }
    }

    /// <summary>The whole of a pipe copied to an owner-only temporary file that is deleted when closed.</summary>
    private static Stream Spool(Stream source, long limit)
    {
        var path = Path.Combine(Path.GetTempPath(), "smartgift-input-" + Guid.NewGuid().ToString("N") + ".csv");
        var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            OwnerOnly(path);
            var buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += n;
                if (total > limit)
                    throw new CsvFileException(CsvFileProblem.TooLarge, 0,
                        "the input is larger than " + (limit / (1024 * 1024)) + " MB, the most read from standard input or a pipe (it must be read whole before anything is sent). Nothing was sent. Give it as a file path.");
                spool.Write(buffer, 0, n);
            }
            spool.Position = 0;
            return spool;
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    /// <summary>
    /// 0600 whatever the umask: the copy holds customers' names and addresses. File.SetUnixFileMode
    /// exists from .NET 7 on (PowerShell 7.4+, the CLI); this assembly targets netstandard2.0, so it is
    /// found at run time. On Windows the user's temporary folder is already private.
    /// </summary>
    private static void OwnerOnly(string path)
    {
        if (System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Windows)) return;
        var modeType = Type.GetType("System.IO.UnixFileMode");
        var setMode = modeType == null ? null : typeof(File).GetMethod("SetUnixFileMode", new[] { typeof(string), modeType });
        setMode?.Invoke(null, new[] { path, Enum.ToObject(modeType!, 0x180) }); // UserRead | UserWrite
    }

    private static TextReader OpenSeekable(Stream stream, CsvReadOptions options)
    {
        var asked = options.Encoding;
        var utf8 = asked == null || asked.CodePage == Encoding.UTF8.CodePage;
        var start = stream.Position;
        var bom = ByteOrderMark(stream);
        stream.Position = start;
        if (bom == null || bom == "UTF-8")
        {
            stream.Position = start + (bom == null ? 0 : 3);
            var scan = Scan(stream);
            stream.Position = start;
            if (bom != null || utf8)
            {
                if (scan.BadLine > 0)
                    throw new CsvFileException(CsvFileProblem.NotUtf8, scan.BadLine,
                        "line " + scan.BadLine + " is not valid UTF-8 (byte 0x" + scan.BadByte.ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + "): "
                        + "the file was probably saved as Windows-1252 (Excel's \"CSV (Comma delimited)\"). Nothing was sent. "
                        + "Read it as Windows-1252, or save it from Excel as \"CSV UTF-8 (Comma delimited)\".");
                return new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            }
            if (scan.BadLine == 0 && scan.FirstNonAsciiLine > 0)
                throw new CsvFileException(CsvFileProblem.Utf8ReadAsOther, scan.FirstNonAsciiLine,
                    "line " + scan.FirstNonAsciiLine + " is UTF-8 text, but the file was to be read as " + asked!.WebName
                    + ", which would garble every accent and the pound sign (£ would become Â£). Nothing was sent. Read it as UTF-8.");
            return new StreamReader(stream, asked!, detectEncodingFromByteOrderMarks: false);
        }
        // UTF-16 or UTF-32 with a byte order mark: the mark says what the text is.
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>"UTF-8", "UTF-16" or "UTF-32" when the file starts with that byte order mark, else null.</summary>
    private static string? ByteOrderMark(Stream stream)
    {
        var head = new byte[4];
        var n = 0;
        int got;
        while (n < 4 && (got = stream.Read(head, n, 4 - n)) > 0) n += got;
        if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) return "UTF-8";
        if (n >= 4 && ((head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0) || (head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF))) return "UTF-32";
        if (n >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))) return "UTF-16";
        return null;
    }

    private record struct ScanResult(long BadLine, byte BadByte, long FirstNonAsciiLine);

    /// <summary>
    /// Checks the whole text as strict UTF-8, counting lines at '\n' bytes, which never occur inside a
    /// multi-byte character: the line of the first invalid byte, and the first line that is not ASCII.
    /// </summary>
    private static ScanResult Scan(Stream stream)
    {
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[64 * 1024];
        var chars = new char[StrictUtf8.GetMaxCharCount(buffer.Length)];
        var result = new ScanResult();
        long line = 1;
        int n;
        do
        {
            n = stream.Read(buffer, 0, buffer.Length);
            try { decoder.GetChars(buffer, 0, n, chars, 0, flush: n == 0); }
            catch (DecoderFallbackException e)
            {
                // A negative index is a character begun in the block before: on this block's first line.
                result.BadLine = line + buffer.Take(Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
                result.BadByte = e.BytesUnknown != null && e.BytesUnknown.Length > 0 ? e.BytesUnknown[0] : (byte)0;
                return result;
            }
            for (var i = 0; i < n; i++)
            {
                if (buffer[i] == (byte)'\n') line++;
                else if (buffer[i] >= 0x80 && result.FirstNonAsciiLine == 0) result.FirstNonAsciiLine = line;
            }
        }
        while (n > 0);
        return result;
    }
}
