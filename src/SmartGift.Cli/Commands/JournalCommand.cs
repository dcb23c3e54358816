namespace SmartGift.Cli;

/// <summary>docs/journal.md, "Settling". No request is made: the key (or --ledger) only names the company's ledger.</summary>
internal static class JournalCommand
{
    public static Command Create(CommandAction action)
    {
        return new Command("journal", "Look at the company's ledger (or one journal's records in it) and settle the records that need a person.")
        {
            List(action),
            Settle(action),
        }.WithExamples(
            "smartgift journal list",
            "smartgift journal list --all -o csv > ledger.csv",
            "smartgift journal settle S-1013 --found --order-id oWg9LWe6G");
    }

    private static Command List(CommandAction action)
    {
        var journal = new Argument<string?>("JOURNAL") { Description = "Only the records of this journal (as the ledger has them).", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Every record, not only those that need a decision (Unknown, refused, contradicted)." };
        var command = new Command("list", "List the records that need a decision (Unknown, refused, contradicted); exit 1 when there are any.") { journal, all }
            .WithExamples("smartgift journal list", "smartgift journal list sales.journal.jsonl --all");
        return action.Runs(command, (parse, context) =>
        {
            var journalPath = parse.GetValue(journal);
            var ledger = LedgerOrNull(context, journalPath);
            var records = LedgerRecords.List(ledger, journalPath);
            var shown = parse.GetValue(all) ? records : records.Where(r => r.NeedsAttention).ToList();
            context.Write(shown.Select(Record));
            var waiting = records.Count(r => r.NeedsAttention);
            var what = journalPath == null ? "Ledger " + ledger : ledger == null ? "Journal " + journalPath : "Journal " + journalPath + " in the ledger " + ledger;
            context.Note(waiting == 0
                ? what + ": " + records.Count + " records, none needs a decision."
                : what + ": " + records.Count + " records, " + waiting + " need a decision: check each in the Smart Gift dashboard, then `smartgift journal settle KEY --found|--absent` (Unknown), `--release` (send again) or `--drop` (refused), or `--found` (a contradiction, accepted as Smart Gift has it).");
            return Task.FromResult(waiting == 0 ? ExitCodes.Success : ExitCodes.RecordsNeedAttention);
        });
    }

    private static Command Settle(CommandAction action)
    {
        var keys = new Argument<string[]>("KEY") { Description = "Order ids (sales) or references / row keys (redemptions), as `journal list` shows them; a journal file first settles in it too.", Arity = ArgumentArity.OneOrMore };
        var found = new Option<bool>("--found") { Description = "An Unknown record IS in Smart Gift (or a contradicted one is as Smart Gift has it): never send it again." };
        var absent = new Option<bool>("--absent") { Description = "An Unknown record is NOT in Smart Gift: the next run sends it." };
        var release = new Option<bool>("--release") { Description = "Send an Unknown or refused record again on the next run (a refusal that has passed, e.g. a hold that expired)." };
        var drop = new Option<bool>("--drop") { Description = "Give up a refused record: never send this content, stop reporting it (a corrected row is sent)." };
        var orderId = new Option<string?>("--order-id") { Description = "With --found on a sale: the order id the dashboard shows.", HelpName = "ID" };
        var command = new Command("settle", "Record a decision about records after checking the Smart Gift dashboard; every key is checked before any is changed, and each decision is kept with its time.")
        {
            keys, found, absent, release, drop, orderId,
        }.WithExamples(
            "smartgift journal settle S-1013 --found --order-id oWg9LWe6G",
            "smartgift journal settle S-1014 S-1015 --absent",
            "smartgift journal settle T-7 --release");
        return action.Runs(command, (parse, context) =>
        {
            var chosen = new[] { (parse.GetValue(found), JournalDecision.Found), (parse.GetValue(absent), JournalDecision.Absent), (parse.GetValue(release), JournalDecision.Release), (parse.GetValue(drop), JournalDecision.Drop) }
                .Where(c => c.Item1).Select(c => c.Item2).ToList();
            if (chosen.Count != 1) throw CliException.Usage("give exactly one of --found, --absent, --release or --drop.");
            var given = parse.GetValue(keys)!.ToList();
            // An older form, still taken: `journal settle JOURNAL KEY...` (the first word a journal file).
            string? journalPath = null;
            if (given.Count > 1 && IsJournal(given[0]))
            {
                journalPath = given[0];
                given.RemoveAt(0);
            }
            var ledger = LedgerOrNull(context, journalPath);
            var settled = LedgerRecords.Settle(ledger, journalPath, given, chosen[0], DateTimeOffset.UtcNow, parse.GetValue(orderId));
            context.Write(settled.Select(Record));
            return Task.FromResult(ExitCodes.Success);
        });
    }

    /// <summary>The ledger; with a journal given and no key to name the company, null (the journal is read alone, as it says).</summary>
    private static string? LedgerOrNull(CommandContext context, string? journalPath)
    {
        try
        {
            return context.LedgerPath();
        }
        catch (CliException) when (journalPath != null)
        {
            context.Warn("warning: no API key or --ledger to name the company's ledger: " + journalPath + " is read alone.");
            return null;
        }
    }

    private static bool IsJournal(string path)
    {
        if (!System.IO.File.Exists(path)) return false;
        try
        {
            LedgerRecords.List(null, path);
            return true;
        }
        catch (System.IO.IOException)
        {
            return false;
        }
    }

    private static OutputRecord Record(JournalRecord record) => new OutputRecord()
        .Add("key", record.Key)
        .Add("kind", record.Kind)
        .Add("state", record.State)
        .Add("at", record.At)
        .Add("amount", record.Amount)
        .Add("smartgift_order_id", record.SmartGiftOrderId)
        .Add("redemption_ids", record.RedemptionIds)
        .Add("decision", record.Decision)
        .Add("message", record.Message)
        .Add("needs_attention", record.NeedsAttention)
        .Add("source", record.Source)
        .Add("location", record.Location);
}
