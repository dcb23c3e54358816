namespace SmartGift.Commands;

/// <summary>
/// A pipeline record as a RedemptionRow, for Invoke-SgRedeem and Compare-SgRedemption alike:
/// bound straight from the piped object by the column table (RowColumnBinder, as
/// SaleRowCommand.NextRow), then the columns given on the command line, so a row is the same
/// row whether it is redeemed or reconciled. One per command instance, on the pipeline thread.
/// </summary>
internal sealed class RedemptionRowBinding
{
    private readonly RowColumnBinder _binder = new RowColumnBinder(RedemptionColumns.Table);

    public RedemptionRow Next(PSCmdlet command, PSObject? input, Action<string> warn)
    {
        var row = new RedemptionRow
        {
            RowNumber = _binder.NextRowNumber(input),
            // "DEMO000001" | Invoke-SgRedeem -Value 5: a piped string is the voucher number.
            VoucherNumber = input?.BaseObject as string,
        };
        var names = new List<string>();
        var experiences = new List<Experience>();
        void Set(CsvColumn column, object? value)
        {
            if (column.Name == "experiences") AddExperiences(value, names, experiences);
            else column.SetText(row, RowColumnBinder.Text(value));
        }
        // A piped string has no columns: it is the voucher number.
        _binder.Fill(command, input?.BaseObject is string ? null : input, Set, warn);
        row.ExperienceNames = names;
        row.Experiences = experiences;
        // One redemption by hand (the command line, a hold or a voucher number piped in) is its own write.
        row.SingleWrite = input == null || input.BaseObject is VoucherHold || input.BaseObject is string;
        // The caller's own object names the record in errors (TargetObject); on the command line, the voucher number.
        row.Source = input ?? (object)(row.VoucherNumber ?? "");
        return row;
    }

    /// <summary>Experiences as given: names, "a;b" strings, Experience objects, or a list of them.</summary>
    private static void AddExperiences(object? value, List<string> names, List<Experience> experiences)
    {
        switch (value is PSObject wrapped ? wrapped.BaseObject : value)
        {
            case null: break;
            case Experience experience: experiences.Add(experience); break;
            case string text: names.AddRange(text.Split(';').Select(n => n.Trim()).Where(n => n.Length > 0)); break;
            case System.Collections.IEnumerable many:
                foreach (var item in many) AddExperiences(item, names, experiences);
                break;
            case var other: names.Add(other.ToString() ?? ""); break;
        }
    }
}
