namespace SmartGift;

/// <summary>
/// The command that settles a record, for the CLI and for PowerShell, with every value quoted
/// for its shell (a key or a path may hold anything a till wrote).
/// </summary>
internal static class ReportCommands
{
    /// <summary>POSIX shell: single quotes, a quote inside as '\''.</summary>
    public static string Sh(string value) => "'" + value.Replace("'", "'\\''") + "'";

    /// <summary>PowerShell: single quotes, a quote inside doubled.</summary>
    public static string Ps(string value) => "'" + value.Replace("'", "''") + "'";

    public static void Fill(ReportEntry entry, string? journal)
    {
        var key = entry.Key;
        var sale = entry.Kind == "sale";
        var cliJournal = journal == null ? "" : " --journal " + Sh(journal);
        var psJournal = journal == null ? "" : " -JournalPath " + Ps(journal);
        // Row keys ("row:...") mean something only with their journal.
        var settleJournal = key.StartsWith("row:", StringComparison.Ordinal) ? cliJournal : "";
        var settlePsJournal = key.StartsWith("row:", StringComparison.Ordinal) ? psJournal : "";
        string Settle(string decision) => "smartgift journal settle " + Sh(key) + settleJournal + " --" + decision;
        string SettlePs(string decision) => "Set-SgJournalRecord -Key " + Ps(key) + settlePsJournal + " -" + char.ToUpperInvariant(decision[0]) + decision.Substring(1);
        string Import() => entry.File == null ? "" : (sale ? "smartgift sale import " : "smartgift redeem import ") + Sh(entry.File) + cliJournal;
        string ImportPs() => entry.File == null ? "" : sale ? "New-SgSale -Path " + Ps(entry.File) + psJournal : "Import-Csv " + Ps(entry.File) + " | Invoke-SgRedeem" + psJournal;

        if (entry.Contradicted && entry.Status == "Confirmed")
        {
            entry.Command = Settle("found");
            entry.PowerShellCommand = SettlePs("found");
            return;
        }
        switch (entry.Status)
        {
            case "Unknown":
                // Check the dashboard first: found when it is there, absent when it is not.
                entry.Command = Settle("found") + "   # or --absent when it is not in Smart Gift";
                entry.PowerShellCommand = SettlePs("found") + "   # or -Absent";
                break;
            case "NotSent":
                entry.Command = Import();
                entry.PowerShellCommand = ImportPs();
                break;
            case "Failed":
                // A corrected line is sent by the next import; a record given up is dropped.
                entry.Command = (entry.File == null ? "" : "# correct " + (entry.Line ?? "the row") + ", then: " + Import() + "\n# or give it up: ") + Settle("drop");
                entry.PowerShellCommand = (entry.File == null ? "" : "# correct " + (entry.Line ?? "the row") + ", then: " + ImportPs() + "\n# or give it up: ") + SettlePs("drop");
                break;
            case "Conflict":
                entry.Command = "# Smart Gift has the content first sent: change it in the dashboard, or restore " + (entry.Line ?? "the row") + " as it was";
                entry.PowerShellCommand = entry.Command;
                break;
        }
    }
}
