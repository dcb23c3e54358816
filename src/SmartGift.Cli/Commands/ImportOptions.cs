namespace SmartGift.Cli.Commands;

/// <summary>The options shared by `sale import` and `redeem import`.</summary>
internal sealed class ImportOptions
{
    public Argument<string> File { get; } = new Argument<string>("FILE") { Description = "The CSV file (columns in docs/csv-format.md)." };

    public Option<string?> Journal { get; } = new Option<string?>("--journal")
    {
        Description = "Also write this run to a readable JSON Lines file (an existing journal is taken into the ledger). The ledger, not this file, keeps a rerun from sending twice.",
        HelpName = "PATH",
    };

    public Option<bool> NoLedger { get; } = new Option<bool>("--no-ledger")
    {
        Description = "Do not consult or write the company's ledger (tests and one-off runs): nothing then stops a rerun from selling again.",
    };

    public Option<bool> RetryUnknown { get; } = new Option<bool>("--retry-unknown")
    {
        Description = "Re-send EVERY record the journal says is Unknown (the count is shown first). To choose, use `smartgift journal settle` instead.",
    };

    public Option<bool> DryRun { get; } = new Option<bool>("--dry-run")
    {
        Description = "Validate every record and report what would be sent; send nothing, write no journal.",
    };

    public Option<int> MaxConcurrency { get; } = new Option<int>("--max-concurrency")
    {
        Description = "Requests in flight at once, within the rate limit.",
        HelpName = "N",
        DefaultValueFactory = _ => 4,
    };

    /// <summary>--encoding and --delimiter of the CSV file.</summary>
    public CsvFileOptions Reading { get; } = new CsvFileOptions();

    public ImportOptions()
    {
        MaxConcurrency.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1 || value > 32) result.AddError("--max-concurrency must be between 1 and 32.");
        });
    }

    /// <summary>--retry-unknown releases every Unknown record: say how many first (DESIGN 6).</summary>
    public static void AnnounceRelease(CommandContext context, SmartGiftSession session, string? journal, bool retryUnknown)
    {
        if (!retryUnknown) return;
        var ledger = LedgerLocation.For(session.Client.Options);
        var count = journal != null ? JournalRecords.CountUnknown(journal) : LedgerRecords.CountUnknown(ledger);
        context.Warn("--retry-unknown: releasing " + count + " Unknown record" + (count == 1 ? "" : "s") + " of " + (journal ?? ledger) + " for sending again; any of them may already be in Smart Gift. "
            + "To choose one by one, use `smartgift journal settle` instead.");
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Journal);
        command.Options.Add(NoLedger);
        command.Options.Add(RetryUnknown);
        command.Options.Add(DryRun);
        command.Options.Add(MaxConcurrency);
        Reading.AddTo(command);
    }
}
