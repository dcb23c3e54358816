using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift
{
    /// <summary>
    /// A connection to one company: a client, a default site and a catalogue cache, so that
    /// queries and tab completion do not spend the rate limit. Created by Connect-SgService and
    /// by the CLI; every host command works through one.
    /// </summary>
    public sealed class SmartGiftSession : IDisposable
    {
        public SmartGiftSession(SmartGiftClientOptions options, string name = "Default", string? defaultSiteId = null)
        {
            throw new NotImplementedException("CONTRACT");
        }

        public string Name { get; } = "";
        public Uri BaseUri => Client.Options.BaseUri;
        /// <summary>sk_...abcd</summary>
        public string ApiKeyMasked => Client.Options.ApiKey.Masked;
        public string? DefaultSiteId { get; }
        public SmartGiftClient Client { get; } = null!;

        /// <summary>The catalogue; fetched once, then served from the cache until refresh is true.</summary>
        public Task<IReadOnlyList<Voucher>> GetVouchersAsync(bool refresh = false, CancellationToken cancellationToken = default) => throw new NotImplementedException();

        public Task<IReadOnlyList<PaymentMethod>> GetPaymentMethodsAsync(bool refresh = false, CancellationToken cancellationToken = default) => throw new NotImplementedException();

        /// <summary>What the cache holds now, without any request (argument completers); null when never fetched.</summary>
        public IReadOnlyList<Voucher>? CachedVouchers => throw new NotImplementedException();
        public IReadOnlyList<PaymentMethod>? CachedPaymentMethods => throw new NotImplementedException();

        /// <summary>Entries of the last list reads that could not be understood (DESIGN 2).</summary>
        public IReadOnlyList<string> ListProblems => throw new NotImplementedException();

        public override string ToString() => Name + " (" + BaseUri + ", " + ApiKeyMasked + ")";

        public void Dispose() => throw new NotImplementedException();
    }
}
