namespace SmartGift;

/// <summary>
/// A connection to one company: a client, a default site and a catalogue cache, so that
/// queries and tab completion do not spend the rate limit. Created by Connect-SgService and
/// by the CLI; every host command works through one.
/// </summary>
public sealed class SmartGiftSession : IDisposable
{
    private readonly CachedList<Voucher> _vouchers;
    private readonly CachedList<PaymentMethod> _paymentMethods;

    public SmartGiftSession(SmartGiftClientOptions options, string name = "Default", string? defaultSiteId = null)
    {
        if (options == null) throw new ArgumentNullException(nameof(options));
        Client = new SmartGiftClient(options);
        Name = string.IsNullOrWhiteSpace(name) ? "Default" : name;
        DefaultSiteId = string.IsNullOrWhiteSpace(defaultSiteId) ? null : defaultSiteId!.Trim();
        _vouchers = new CachedList<Voucher>(ct => Client.GetVouchersAsync(ct));
        _paymentMethods = new CachedList<PaymentMethod>(ct => Client.GetPaymentMethodsAsync(ct));
    }

    public string Name { get; } = "";
    public Uri BaseUri => Client.Options.BaseUri;
    /// <summary>sk_...abcd</summary>
    public string ApiKeyMasked => Client.Options.ApiKey.Masked;
    public string? DefaultSiteId { get; }
    public SmartGiftClient Client { get; } = null!;

    /// <summary>The catalogue; fetched once, then served from the cache until refresh is true.</summary>
    public Task<IReadOnlyList<Voucher>> GetVouchersAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        _vouchers.GetAsync(refresh, cancellationToken);

    public Task<IReadOnlyList<PaymentMethod>> GetPaymentMethodsAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        _paymentMethods.GetAsync(refresh, cancellationToken);

    /// <summary>What the cache holds now, without any request (argument completers); null when never fetched.</summary>
    public IReadOnlyList<Voucher>? CachedVouchers => _vouchers.Items;
    public IReadOnlyList<PaymentMethod>? CachedPaymentMethods => _paymentMethods.Items;

    /// <summary>Entries of the last list reads that could not be understood (DESIGN 2).</summary>
    public IReadOnlyList<string> ListProblems => TextList<string>.Of(_vouchers.Problems.Concat(_paymentMethods.Problems));

    public override string ToString() => Name + " (" + BaseUri + ", " + ApiKeyMasked + ")";

    public void Dispose()
    {
        Client.Dispose();
        _vouchers.Dispose();
        _paymentMethods.Dispose();
    }
}
