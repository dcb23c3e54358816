namespace SmartGift.Bulk
{
    /// <summary>Counts of a run, by status; the last line a host prints.</summary>
    public sealed class ImportSummary
    {
        public int Confirmed { get; set; }
        public int Failed { get; set; }
        public int Unknown { get; set; }
        public int Skipped { get; set; }
        public int RateLimitWaits { get; set; }

        public bool AllSettled => Failed == 0 && Unknown == 0;

        public override string ToString() =>
            $"{Confirmed} confirmed, {Failed} failed, {Unknown} unknown, {Skipped} skipped";
    }
}
