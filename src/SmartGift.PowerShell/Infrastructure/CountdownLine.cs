namespace SmartGift.Commands
{
    /// <summary>One line of a countdown: the status text, the percent of the wait passed, and whether a wait just started.</summary>
    internal sealed class CountdownLine
    {
        public CountdownLine(string status, int percent, bool started)
        {
            Status = status;
            Percent = percent;
            Started = started;
        }

        public string Status { get; }
        public int Percent { get; }
        public bool Started { get; }
    }
}
