namespace SmartGift;

/// <summary>
/// The command that settles a record, for the CLI and for PowerShell, with every value quoted
/// for its shell (a key or a path may hold anything a till wrote).
/// </summary>
internal static class ReportCommands
{
    public static void Fill(ReportEntry entry, string? journal)
    {
        entry.Command = Command(entry, journal, powerShell: false);
        entry.PowerShellCommand = Command(entry, journal, powerShell: true);
    }

    private static string? Command(ReportEntry entry, string? journal, bool powerShell)
    {
        // POSIX shell: single quotes, a quote inside as '\''; PowerShell: single quotes, a quote inside doubled.
        string Q(string value) => "'" + value.Replace("'", powerShell ? "''" : "'\\''") + "'";
        var withJournal = journal == null ? "" : (powerShell ? " -JournalPath " : " --journal ") + Q(journal);
        // Row keys ("row:...") mean something only with their journal.
        var settleJournal = entry.Key.StartsWith("row:", StringComparison.Ordinal) ? withJournal : "";
        string Settle(string decision) => powerShell
            ? "Set-SgJournalRecord -Key " + Q(entry.Key) + settleJournal + " -" + char.ToUpperInvariant(decision[0])
                + decision.Substring(1)
            : "smartgift journal settle " + Q(entry.Key) + settleJournal + " --" + decision;
        var sale = entry.Kind == "sale";
        var import = entry.File == null ? ""
            : (powerShell ? (sale ? "New-SgSale -Path " + Q(entry.File) : "Import-Csv " + Q(entry.File) + " | Invoke-SgRedeem")
                : (sale ? "smartgift sale import " : "smartgift redeem import ") + Q(entry.File)) + withJournal;
        if (entry.Contradicted && entry.Status == "Confirmed") return Settle("found");
        return entry.Status switch
        {
            // Check the dashboard first: found when it is there, absent when it is not.
            "Unknown" => Settle("found") + (powerShell ? "   # or -Absent" : "   # or --absent when it is not in Smart Gift"),
            "NotSent" => import,
            // A corrected line is sent by the next import; a record given up is dropped.
            "Failed" => (entry.File == null ? "" : "# correct " + (entry.Line ?? "the row") + ", then: " + import
                + "\n# or give it up: ") + Settle("drop"),
            "Conflict" => "# Smart Gift has the content first sent: change it in the dashboard, or restore "
                + (entry.Line ?? "the row") + " as it was",
            _ => null,
        };
    }
}
