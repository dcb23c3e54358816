namespace SmartGift;

/// <summary>What happened to one order or redemption (docs/journal.md, "Statuses").</summary>
/// <remarks>
/// Based on Int64 on purpose, like every status enum that reaches PowerShell: ConvertTo-Json
/// writes such an enum as its name ("Confirmed") where it writes an Int32 enum as a number,
/// and Export-Csv and Where-Object read the name either way (issue 21, finding 1).
/// </remarks>
public enum RecordStatus : long
{
    /// <summary>Smart Gift accepted it (now, or in an earlier run per the journal).</summary>
    Confirmed,
    /// <summary>Refused: locally before sending, or by the server (now, or in an earlier run: fix the row or settle it), or it failed before reaching the server.</summary>
    Failed,
    /// <summary>It may have reached Smart Gift but no answer came back: check by hand, then settle it (found, absent or release).</summary>
    Unknown,
    /// <summary>Not sent this run, and nothing to do: -WhatIf / --dry-run, declined, stopped by the operator, or already confirmed in the journal.</summary>
    Skipped,
    /// <summary>Never left: the run stopped first (an earlier error under -ErrorAction Stop, an outage, a fatal error). The next run sends it.</summary>
    NotSent,
    /// <summary>The journal has this key with other content: the change was not sent. Needs attention.</summary>
    Conflict,
    /// <summary>Redeemed, but Smart Gift's answer contradicts the request (two experiences asked for, one redemption made): check the voucher in the dashboard, then settle it (found). Never sent again.</summary>
    Contradicted,
}
