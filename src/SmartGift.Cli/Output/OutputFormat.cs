namespace SmartGift.Cli.Output
{
    public enum OutputFormat
    {
        /// <summary>Spectre tables on a terminal; plain aligned text when redirected.</summary>
        Table,
        /// <summary>JSON Lines: one object per result, one per line, written as results arrive.</summary>
        Json,
        /// <summary>A header line, then one row per result.</summary>
        Csv,
    }
}
