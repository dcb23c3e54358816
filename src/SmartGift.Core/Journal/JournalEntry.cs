namespace SmartGift.Journal
{
    /// <summary>Where one record (one key) stands after replaying every line of the journal for it.</summary>
    internal sealed class JournalEntry
    {
        public JournalEntry(string key) { Key = key; }

        public string Key { get; }
        /// <summary>Confirmed, Failed, Unknown (also: a Sending line with no outcome) or Released.</summary>
        public JournalEvent State { get; private set; }
        /// <summary>True when the last line is a Sending line: the run stopped while the request was out.</summary>
        public bool Interrupted => State == JournalEvent.Sending;
        public bool IsUnknown => State == JournalEvent.Unknown || State == JournalEvent.Sending;
        public DateTimeOffset At { get; private set; }
        /// <summary>Content hash of what was last sent under this key.</summary>
        public string? Hash { get; private set; }
        public decimal? Amount { get; private set; }
        public string? SmartGiftOrderId { get; private set; }
        public IReadOnlyList<string> RedemptionIds { get; private set; } = Array.Empty<string>();
        public string? ErrorKind { get; private set; }
        public string? Message { get; private set; }
        public bool Permanent { get; private set; }
        /// <summary>Per-field hashes of what was last sent (journals before issue 10 have none).</summary>
        public IReadOnlyDictionary<string, string>? Fields { get; private set; }

        /// <summary>The operator's last decision on this record (found, absent, release, drop), if any.</summary>
        public string? Decision { get; private set; }

        public void Apply(JournalLine line)
        {
            State = line.Event;
            At = line.At;
            if (line.Event == JournalEvent.Settled)
            {
                Decision = line.Decision;
                Message = line.Note ?? Message;
                switch (line.Decision)
                {
                    case "found":
                        State = JournalEvent.Confirmed;
                        SmartGiftOrderId = line.SmartGiftOrderId ?? SmartGiftOrderId;
                        break;
                    case "absent":
                    case "release":
                        State = JournalEvent.Released;
                        break;
                }
                return;
            }
            if (line.Hash != null) Hash = line.Hash;
            switch (line.Event)
            {
                case JournalEvent.Sending:
                    Amount = line.Amount ?? Amount;
                    Fields = line.Fields ?? Fields;
                    ErrorKind = null;
                    Message = null;
                    break;
                case JournalEvent.Confirmed:
                    SmartGiftOrderId = line.SmartGiftOrderId;
                    RedemptionIds = line.RedemptionIds ?? Array.Empty<string>();
                    break;
                case JournalEvent.Failed:
                    ErrorKind = line.ErrorKind;
                    Message = line.Message;
                    // A Failed line without the flag is treated as final: re-sending is the dangerous mistake.
                    Permanent = line.Permanent ?? true;
                    break;
                case JournalEvent.Unknown:
                    ErrorKind = line.ErrorKind;
                    Message = line.Message;
                    break;
            }
        }

        /// <summary>"2026-11-22": the day of the last line, for messages.</summary>
        public string Day => At.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
