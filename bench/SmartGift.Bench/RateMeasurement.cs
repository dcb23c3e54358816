namespace SmartGift.Bench;

/// <summary>
/// Sales per rate window, read from the mock server's request log. The throttle (like
/// Laravel's) opens a window at the first request after the previous one ended, so the
/// windows are rebuilt from the arrival times. The measured span runs from the first request
/// to the opening of the last window: every window in it is whole, and whatever time the
/// client leaves unused between a window's end and its next request counts against it. The
/// last window is left out because that is where the input ran out.
/// efficiency = sales in the span / (limit x span / window length).
/// </summary>
/// <param name="LimitUse">Every request the server accepted in the span (sales and the import's catalogue reads) against the limit: how much of the rate limit was used.</param>
/// <param name="WindowDetail">Per window: sales accepted in it and the time left unused before it opened (after the previous window ended).</param>
internal sealed record RateMeasurement(int Windows, TimeSpan Span, int SalesInSpan, double Efficiency, double LimitUse, int Sales, int Requests, int TooManyRequests,
    IReadOnlyList<(int Sales, TimeSpan IdleBefore)> WindowDetail)
{
    /// <summary>e.g. "60, 57 (+1.4 s), 57 (+1.2 s), 36 (+1.3 s)": where a window's allowance or time went unused.</summary>
    public string DescribeWindows() =>
        string.Join(", ", WindowDetail.Select((w, i) => i == 0 ? w.Sales.ToString(CultureInfo.InvariantCulture)
            : w.Sales.ToString(CultureInfo.InvariantCulture) + " (+" + w.IdleBefore.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s)"));

    public double SalesPerWindow(TimeSpan window) =>
        Span > TimeSpan.Zero ? SalesInSpan * window.TotalSeconds / Span.TotalSeconds : SalesInSpan;

    public static RateMeasurement From(IReadOnlyList<MockRequest> requests, int limit, TimeSpan window)
    {
        if (requests.Count == 0)
        {
            throw new InvalidOperationException("The mock server logged no request: nothing was sent.");
        }

        var opens = new List<DateTimeOffset> { requests[0].Time };
        foreach (var request in requests)
        {
            if (request.Time >= opens[opens.Count - 1] + window) opens.Add(request.Time);
        }

        var perWindow = new int[opens.Count];
        foreach (var request in requests.Where(Sold))
        {
            perWindow[opens.FindLastIndex(open => open <= request.Time)]++;
        }

        var detail = perWindow.Select((sales, i) => (sales, i == 0 ? TimeSpan.Zero : opens[i] - (opens[i - 1] + window))).ToList();
        var lastOpen = opens[opens.Count - 1];
        var sales = requests.Count(Sold);
        var salesInSpan = requests.Count(r => Sold(r) && r.Time < lastOpen);
        var tooMany = requests.Count(r => r.Status == 429);
        var acceptedInSpan = requests.Count(r => r.Status != 429 && r.Time < lastOpen);

        // A run that fits in one window has no whole window to divide by: it is judged on that window alone.
        var span = lastOpen - opens[0];
        var whole = opens.Count > 1;
        var allowed = limit * (span.TotalSeconds / window.TotalSeconds);
        return new RateMeasurement(
            Windows: opens.Count,
            Span: span,
            SalesInSpan: whole ? salesInSpan : sales,
            Efficiency: whole ? salesInSpan / allowed : (double)sales / limit,
            LimitUse: whole ? acceptedInSpan / allowed : (double)(requests.Count - tooMany) / limit,
            Sales: sales,
            Requests: requests.Count,
            TooManyRequests: tooMany,
            WindowDetail: detail);
    }

    /// <summary>An accepted sale.</summary>
    private static bool Sold(MockRequest request) =>
        request.Status == 200 && request.Method == "POST" && request.Path.TrimEnd('/').Equals("/pos-sale", StringComparison.OrdinalIgnoreCase);
}
