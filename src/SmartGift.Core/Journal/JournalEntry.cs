namespace SmartGift;

/// <summary>Where one record (one key) stands after replaying every line of the journal for it.</summary>
internal sealed class JournalEntry(string key)
{
    public string Key { get; } = key;
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

    /// <summary>A contradiction recorded with the confirmation (a redemption answered otherwise than asked): needs a person until settled.</summary>
    public string? Contradiction { get; private set; }

    /// <summary>Ledger: the id of the key's last event (what a claim must still find) and of its first.</summary>
    public long Version { get; set; }
    public long FirstVersion { get; set; }
    /// <summary>Ledger: the file the record was last sent from, and its place there ("line 20").</summary>
    public string? Source { get; set; }
    public string? Location { get; set; }
    /// <summary>Ledger: the run that wrote the last event.</summary>
    public string? Run { get; set; }

    /// <summary>It may be in Smart Gift: confirmed, or sent without a known answer.</summary>
    public bool MaySell => State == JournalEvent.Confirmed || IsUnknown;

    /// <summary>" (from sales.csv, line 20)": where the record came from, when the ledger knows.</summary>
    public string From => Source == null ? "" : " (from " + Source + (Location == null ? "" : ", " + Location) + ")";

    public void Apply(JournalLine line)
    {
        State = line.Event;
        At = line.At;
        if (line.Event == JournalEvent.Settled)
        {
            Decision = line.Decision;
            Message = line.Note ?? Message;
            if (line.Decision is "found" or "accept")
            {
                State = JournalEvent.Confirmed;
                Contradiction = null;
                if (line.Decision == "found") SmartGiftOrderId = line.SmartGiftOrderId ?? SmartGiftOrderId;
            }
            else if (line.Decision is "absent" or "release")
                State = JournalEvent.Released;
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
                Contradiction = line.Note != null && line.Note.StartsWith(ContradictionPrefix, StringComparison.Ordinal) ? line.Note.Substring(ContradictionPrefix.Length) : null;
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

    /// <summary>How a Confirmed line's note starts when the answer contradicted the request.</summary>
    public const string ContradictionPrefix = "contradiction: ";

    /// <summary>"2026-11-22": the day of the last line, for messages.</summary>
    public string Day => At.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
