using System.IO;

namespace SmartGift
{
    /// <summary>What a source CSV lists: sales (order_id, ...) or redemptions (reference, voucher_no, ...).</summary>
    public enum SourceKind
    {
        Sales,
        Redemptions,
    }

    /// <summary>Tells a file's kind from its header, so `smartgift reconcile FILE` needs no --kind.</summary>
    public static class SourceKinds
    {
        /// <summary>
        /// Redemptions when the header names voucher_no or reference and not order_id; sales
        /// otherwise (the reader then reports what the header lacks). Reads at most the first 64 KB.
        /// </summary>
        public static SourceKind Detect(string path, char delimiter = ',')
        {
            string? header;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            using (var reader = new StreamReader(new BoundedStream(stream, 64 * 1024), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                do header = reader.ReadLine();
                while (header != null && header.Trim().Length == 0);
            }
            return FromHeader(header ?? "", delimiter);
        }

        /// <summary>The kind of a header line ("reference,voucher_no,site_id,value").</summary>
        public static SourceKind FromHeader(string header, char delimiter = ',')
        {
            var names = new HashSet<string>((header ?? "").Split(delimiter).Select(n => n.Trim().Trim('"').Trim().ToLowerInvariant()), StringComparer.Ordinal);
            return !names.Contains("order_id") && (names.Contains("voucher_no") || names.Contains("reference")) ? SourceKind.Redemptions : SourceKind.Sales;
        }

        /// <summary>Reads no further than a limit: a header is never longer, and a huge one-line file is not read whole.</summary>
        private sealed class BoundedStream : Stream
        {
            private readonly Stream _inner;
            private long _left;

            public BoundedStream(Stream inner, long limit) { _inner = inner; _left = limit; }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (_left <= 0) return 0;
                var read = _inner.Read(buffer, offset, (int)Math.Min(count, _left));
                _left -= read;
                return read;
            }
        }
    }
}
