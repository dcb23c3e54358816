namespace SmartGift;

/// <summary>
/// A bulk sale: rows are grouped into orders (consecutive order_id) and each order is one
/// POST of a cart; a whole cart (New-SgSale -Cart) is one order too. The engine is BulkImport.
/// </summary>
public sealed class SaleImport : BulkImport<SaleRow, SaleRequest, OrderResult>
{
    private readonly OrderIdRegister _orderIds = new OrderIdRegister();
    private readonly OrderAssembler _assembler;
    private int _carts;
    private CatalogueCheck? _catalogue;
    private bool _catalogueRead;

    public SaleImport(SmartGiftSession session, ImportOptions<SaleRequest> options)
        : base(session, options, JournalKind.Sale)
    {
        _assembler = new OrderAssembler(_orderIds);
    }

    /// <summary>Adds a whole cart (New-SgSale -Cart). Totals are filled in when zero and checked otherwise.</summary>
    public IReadOnlyList<ImportEvent> Add(SaleRequest sale, object? source, CancellationToken cancellationToken = default)
    {
        if (sale == null) throw new ArgumentNullException(nameof(sale));
        return AddOther(() =>
        {
            // A cart ends the row order being assembled, so results stay in input order.
            EndOfInput();
            var location = "cart " + ++_carts;
            SaleValidator.FillTotals(sale);
            var problems = SaleValidator.Validate(sale, location).ToList();
            // Rows are checked by the assembler; a cart's id is registered in the same register.
            var id = (sale.OrderId ?? "").Trim();
            if (id.Length > 0 && !_orderIds.TryRegister(id, new RecordPlace(RecordPlaceKind.Cart, _carts), out var firstSeen))
                problems.Add(new RecordProblem(location, "order_id", "order_id '" + id + "' was already used at " + firstSeen + " in this run; each order needs its own order_id"));
            var result = NewResult(sale.OrderId ?? "", sale.Cart?.Totals?.Total, sale.Cart?.Items?.Count ?? 0, TextList<object>.Own(source == null ? Array.Empty<object>() : new[] { source }));
            Queue(result, problems.Count == 0 ? sale : null, problems, location, null);
        }, cancellationToken);
    }

    private protected override void Accept(SaleRow row, CancellationToken cancellationToken)
    {
        foreach (var draft in _assembler.Add(row)) Queue(draft);
    }

    private protected override void EndOfInput()
    {
        foreach (var draft in _assembler.Complete())
        {
            // Reading stopped (Ctrl+C, SIGTERM) inside the file: the order being assembled may
            // lack its later rows, so it is neither judged nor sent, only reported as not sent.
            if (Cancelled) Settle(NewResult(draft), RecordStatus.Skipped, "not sent: cancelled", null);
            else Queue(draft);
        }
    }

    private void Queue(OrderDraft draft) => Queue(NewResult(draft), draft.Sale, draft.Problems, draft.Location, draft.Rows);

    private static OrderResult NewResult(OrderDraft draft) => NewResult(draft.OrderId, draft.Total, draft.Items,
        TextList<object>.Own(draft.Rows.Select(row => row.Source ?? row).ToArray()));

    private static OrderResult NewResult(string orderId, decimal? total, int items, IReadOnlyList<object> sources)
    {
        var result = new OrderResult { OrderId = orderId, Total = total, Items = items };
        result.SetSourceRows(sources);
        return result;
    }

    private void Queue(OrderResult result, SaleRequest? sale, IReadOnlyList<RecordProblem> problems, string location, IReadOnlyList<SaleRow>? rows)
    {
        if (sale == null || problems.Count > 0)
        {
            RefuseOrder(result, problems, location);
            return;
        }
        var key = sale.OrderId.Trim();
        var found = Lookup(key);
        var entry = found.Entry;
        // Serialized once, and only where it is used: the journal hashes the bytes that are sent,
        // and compares them with an entry it holds. A dry run of a new order needs neither.
        var body = entry != null || !Options.DryRun ? WireJson.Body(sale) : null;
        var hash = body == null ? "" : RecordKey.SaleHash(body);
        // Per-field hashes only where they are used (a journal entry to compare with, a send):
        // hashing every field of every order was most of a large dry run's time.
        var decision = entry == null && found.Sibling != null ? ResumeDecision.LookAlike(key, found.Sibling, "order")
            : InFlightElsewhere(entry) ? ResumeDecision.InFlightElsewhere(entry!)
            : ResumeDecision.Decide(entry, hash, Options.RetryUnknown, e => e.SmartGiftOrderId ?? "(no id recorded)",
                entry == null ? null : RecordKey.LegacySaleHash(sale), entry == null ? null : RecordKey.SaleFields(body!));
        result.SmartGiftOrderId = decision.Entry?.State == JournalEvent.Confirmed ? decision.Entry.SmartGiftOrderId : null;
        if (rows != null && rows.Count > 0 && Options.CheckCatalogue && !Cancelled
            && (decision.Action == ResumeAction.Send || decision.Action == ResumeAction.ReleaseAndSend))
        {
            var catalogue = Catalogue();
            if (catalogue != null)
            {
                var refused = catalogue.Problems(rows);
                if (refused.Count > 0)
                {
                    RefuseOrder(result, refused, location);
                    return;
                }
                result.Warnings = catalogue.PriceWarnings(rows);
            }
        }
        SendOrSettle(key, result, sale, decision, async (stop, release) =>
        {
            var sending = new JournalLine { Key = key, Hash = hash, Amount = sale.Cart.Totals?.Total, Items = sale.Cart.Items.Count, Fields = RecordKey.SaleFields(body!) };
            var outcome = await Call.SendAsync(sending, key, release, found.Version, location,
                hooks => Session.Client.SellAnswerAsync(sale, body!, hooks, CancellationToken.None),
                response => result.SmartGiftOrderId = response.OrderId,
                response => new JournalLine { SmartGiftOrderId = response.OrderId },
                decision.Detail, stop).ConfigureAwait(false);
            if (outcome is not { Status: RecordStatus.Failed, Error: { FieldErrors.Count: > 0 } error }) return outcome;
            // Every field error of the answer, each at its line and column (issue 10, finding 13).
            result.Problems = SaleFieldLocator.Locate(error.FieldErrors, rows ?? [], location);
            var problems = string.Join("; ", result.Problems.Select(p => p.ToString()));
            return outcome with
            {
                Error = new SmartGiftError(error.Kind,
                    "Order '" + result.OrderId + "'" + At(location, result.Problems) + " was refused by Smart Gift: " + problems,
                    error.FieldErrors, error.StatusCode, error.RequestMethod, error.RequestPath),
                Detail = "refused by Smart Gift: " + problems,
            };
        });
    }

    private void RefuseOrder(OrderResult result, IReadOnlyList<RecordProblem> problems, string location)
    {
        var id = result.OrderId.Length == 0 ? "without order_id" : "'" + result.OrderId + "'";
        Refuse(result, problems, "Order " + id + At(location, problems) + " was not sent: " + string.Join("; ", problems.Select(p => p.ToString())), result.OrderId.Trim(), location);
    }

    /// <summary>The session's catalogue and payment methods, read once on the caller's thread; null (no check, with a note) when they cannot be read.</summary>
    private CatalogueCheck? Catalogue()
    {
        if (_catalogueRead) return _catalogue;
        _catalogueRead = true;
        var error = Read(async () => _catalogue = new CatalogueCheck(
            await Session.GetVouchersAsync(false, CancellationToken.None).ConfigureAwait(false),
            await Session.GetPaymentMethodsAsync(false, CancellationToken.None).ConfigureAwait(false)));
        if (error != null && error.Kind != SmartGiftErrorKind.Unauthenticated)
            Note("the catalogue could not be read (" + error.Message + "); vouchers and payment methods are not checked before sending");
        return _catalogue;
    }
}
