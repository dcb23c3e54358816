namespace SmartGift.Bench;

/// <summary>The goals, the table of figures against them and the one-line summary.</summary>
internal sealed class BenchReport(BenchSettings settings)
{
    /// <summary>Of the rate limit used (every accepted request of the import, its catalogue reads too).</summary>
    public const double RateGoal = 0.99;
    public const double VersionStartGoalSeconds = 0.08;
    public const double VouchersStartGoalSeconds = 0.15;
    public const double TooManyPerThousandGoal = 1.0;
    public const double CostRatioGoal = 1.25;
    public const double MemoryGoalMegabytes = 150;
    public const double LedgerDryRunGoal = 1.2;
    public const double LedgerMemoryGoalMegabytes = 200;
    /// <summary>Journaled sends per second with the limit lifted before the ledger, on a quiet machine (bench/README, issue 18).</summary>
    public const double JournaledSendsBefore = 700;

    public IReadOnlyList<RateResult>? Rate { get; set; }
    public IReadOnlyList<NaiveResult>? Naive { get; set; }
    public CostResult? Cost { get; set; }
    public MemoryResult? Memory { get; set; }
    public StartupResult? Startup { get; set; }
    public LedgerResult? Ledger { get; set; }

    /// <summary>Parts that could not be measured, with why: the only thing that makes the run exit non-zero.</summary>
    public List<(string Part, string Message)> Errors { get; } = new List<(string, string)>();

    public void Write(TextWriter output)
    {
        // The figures beside their goals, as a Markdown table (it goes into bench/README.md as is).
        var rows = new List<string[]> { new[] { "Measure", "Figure", "Goal", "Result" } };
        void Row(string measure, string figure, string goal = "", string result = "") =>
            rows.Add([measure, figure, goal, result]);
        var missed = new List<string>();
        var summary = new List<string>();
        var window = $"{settings.RateLimit} per {settings.RateWindow.TotalSeconds:0} s";
        // A figure against its goal: PASS or FAIL, and what was missed in the summary line.
        void Goal(string measure, string figure, string goal, bool ok, string miss)
        {
            Row(measure, figure, goal, ok ? "PASS" : "FAIL");
            if (!ok) missed.Add(miss);
        }

        foreach (var r in Rate ?? [])
        {
            var m = r.Measurement;
            Goal($"Rate, SaleImport, {r.LatencyMs} ms latency",
                $"{m.LimitUse:0.000} of {window} used; sales {m.Efficiency:0.000} ({m.SalesPerWindow(settings.RateWindow):0.0} sales/window over {m.Windows - 1} windows)",
                $">= {RateGoal:0.00} (1.00)", m.LimitUse >= RateGoal, $"rate at {r.LatencyMs} ms {m.LimitUse:0.000} < {RateGoal:0.00}");
        }

        foreach (var n in Naive ?? [])
        {
            Row($"Rate, naive loop, {n.LatencyMs} ms latency",
                $"{n.Measurement.Efficiency:0.00} of {window}; {n.Measurement.TooManyRequests} of {n.Tried} orders refused with 429", "baseline");
        }

        if (Rate != null)
        {
            var requests = Rate.Sum(r => r.Measurement.Requests);
            var tooMany = Rate.Sum(r => r.Measurement.TooManyRequests);
            var perThousand = requests == 0 ? 0 : tooMany * 1000.0 / requests;
            Goal("429s, SaleImport (all latencies)", $"{tooMany} in {requests} requests ({perThousand:0.0} per 1,000)",
                $"<= {TooManyPerThousandGoal:0} per 1,000", perThousand <= TooManyPerThousandGoal, $"{tooMany} 429s in {requests} requests ({perThousand:0.0} per 1,000)");
            var duplicates = Rate.Sum(r => r.Duplicates);
            Goal("Duplicate orders, SaleImport", duplicates.ToString(CultureInfo.InvariantCulture), "0", duplicates == 0, $"{duplicates} duplicate orders");
            summary.Add("rate " + string.Join("/", Rate.Select(r => r.Measurement.LimitUse.ToString("0.000", CultureInfo.InvariantCulture)))
                + " (sales " + string.Join("/", Rate.Select(r => r.Measurement.Efficiency.ToString("0.000", CultureInfo.InvariantCulture)))
                + $"; goal {RateGoal:0.00})");
            summary.Add($"{duplicates} duplicates");
            summary.Add($"{tooMany} 429s in {requests} requests");
        }

        if (Cost is { } c)
        {
            Row("Client CPU per sale, bare HttpClient loop", $"{c.Bare.CpuMicrosecondsPerSale:0} us", "ceiling");
            Row("Client CPU per sale, SmartGiftClient.SellAsync loop", $"{c.Client.CpuMicrosecondsPerSale:0} us ({c.ClientRatio:0.00}x)", "for information");
            Goal("Client CPU per sale, SaleImport", $"{c.Import.CpuMicrosecondsPerSale:0} us ({c.Ratio:0.00}x the bare loop)",
                $"<= {CostRatioGoal:0.00}x", c.Ratio <= CostRatioGoal, $"cost {c.Ratio:0.00}x > {CostRatioGoal:0.00}x");
            Row("Client CPU per sale, SaleImport with journal",
                c.Journaled == null ? "not measured: timed out (the journal's disk flushes)"
                    : $"{c.Journaled.CpuMicrosecondsPerSale:0} us ({c.JournaledRatio:0.00}x; {c.Journaled.WallMs * 1000 / c.Journaled.Sales:0} us wall per sale)",
                "for information");
            summary.Add($"cost {c.Ratio:0.00}x");
        }

        if (Memory is { } memory)
        {
            Goal($"Peak working set, {memory.Rows:N0}-row dry run",
                $"{memory.PeakMegabytes:0} MB ({memory.Orders:N0} orders in {memory.Seconds:0} s; {memory.RetainedMegabytes:0} MB of live objects at the end)",
                $"< {MemoryGoalMegabytes:0} MB", memory.PeakMegabytes < MemoryGoalMegabytes, $"{memory.PeakMegabytes:0} MB >= {MemoryGoalMegabytes:0} MB");
            summary.Add($"{memory.PeakMegabytes:0} MB for {memory.Rows:N0} rows");
        }

        if (Ledger is { } l)
        {
            Goal($"Dry run of {l.With.Rows:N0} rows with the ledger", $"{l.With.Seconds:0.0} s against {l.Without.Seconds:0.0} s without ({l.DryRunRatio:0.00}x)",
                $"<= {LedgerDryRunGoal:0.0}x", l.DryRunRatio <= LedgerDryRunGoal, $"ledger dry run {l.DryRunRatio:0.00}x > {LedgerDryRunGoal:0.0}x");
            Goal("Peak working set, that dry run with the ledger", $"{l.With.PeakMegabytes:0} MB ({l.Without.PeakMegabytes:0} MB without)",
                $"< {LedgerMemoryGoalMegabytes:0} MB", l.With.PeakMegabytes < LedgerMemoryGoalMegabytes, $"ledger dry run {l.With.PeakMegabytes:0} MB >= {LedgerMemoryGoalMegabytes:0} MB");
            // Today's way, measured in the same run on the same disk, is the floor: the machine's load moves both alike.
            var floor = l.Sends.FirstOrDefault(s => s.Mode == "journal")?.PerSecond ?? JournaledSendsBefore;
            foreach (var send in l.Sends)
            {
                var measure = $"Sends per second, limit lifted, {send.Mode.Replace("-", " and ", StringComparison.Ordinal)}";
                var figure = $"{send.PerSecond:0} ({send.Ok} sales in {send.WallMs / 1000:0.00} s)";
                if (!send.Mode.StartsWith("ledger", StringComparison.Ordinal)) Row(measure, figure, "baseline (the journal, as before the ledger)");
                else Goal(measure, figure, $">= the journal alone ({floor:0}), within 5%; {JournaledSendsBefore:0} on a quiet machine",
                    send.PerSecond >= floor * 0.95, $"{send.Mode} {send.PerSecond:0} sends/s < the journal alone {floor:0}");
            }

            summary.Add($"ledger dry run {l.DryRunRatio:0.00}x, {l.Sends.FirstOrDefault(s => s.Mode == "ledger")?.PerSecond ?? 0:0} sends/s");
        }

        if (Startup is { } s)
        {
            Row("Start-up, floor: empty console app (Hello, World!)", $"{s.FloorSeconds:0.000} s", "floor");
            Goal("Start-up, smartgift --version", $"{s.VersionSeconds:0.000} s ({s.VersionSeconds - s.FloorSeconds:+0.000;-0.000} s on the floor)",
                $"<= {VersionStartGoalSeconds:0.00} s", s.VersionSeconds <= VersionStartGoalSeconds, $"--version {s.VersionSeconds:0.000} s > {VersionStartGoalSeconds:0.00} s");
            Row("Start-up, floor: console app, one HttpClient GET", $"{s.FloorGetSeconds:0.000} s", "floor");
            Goal("Start-up, smartgift vouchers (local mock)", $"{s.VouchersSeconds:0.000} s ({s.VouchersSeconds - s.FloorGetSeconds:+0.000;-0.000} s on its floor)",
                $"<= {VouchersStartGoalSeconds:0.00} s", s.VouchersSeconds <= VouchersStartGoalSeconds, $"vouchers {s.VouchersSeconds:0.000} s > {VouchersStartGoalSeconds:0.00} s");
            summary.Add($"start-up {s.VersionSeconds:0.000}/{s.VouchersSeconds:0.000} s (floors {s.FloorSeconds:0.000}/{s.FloorGetSeconds:0.000} s; medians of {StartupBenchmark.Rounds}, installed tool, {s.RuntimeIdentifier})");
        }

        foreach (var (part, message) in Errors)
        {
            Row(part, "not measured: " + OneLine(message), "", "ERROR");
        }

        var widths = Enumerable.Range(0, 4).Select(c => rows.Max(r => r[c].Length)).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        output.WriteLine(Line(rows[0]));
        output.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in rows.Skip(1)) output.WriteLine(Line(row));
        output.WriteLine();
        var verdict = Errors.Count > 0
            ? "not measured: " + string.Join(", ", Errors.Select(e => e.Part))
            : missed.Count == 0 ? "all goals met" : "goals missed: " + string.Join("; ", missed);
        output.WriteLine("bench: " + (summary.Count > 0 ? string.Join(", ", summary) + ": " : "") + verdict
            + (Errors.Count > 0 && missed.Count > 0 ? "; goals missed: " + string.Join("; ", missed) : ""));
    }

    private static string OneLine(string text)
    {
        var line = text.Replace('\r', ' ').Replace('\n', ' ');
        return line.Length > 160 ? line.Substring(0, 160) + "..." : line;
    }
}
