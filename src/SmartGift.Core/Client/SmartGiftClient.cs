using System;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift
{
    /// <summary>
    /// The Smart Gift API client. Every call goes through one request pipeline: headers, the
    /// shared rate governor, retries, error mapping. Thread-safe; one instance per session.
    /// Writes (sale, redeem, hold) are never re-sent once they may have reached the server.
    /// </summary>
    public sealed partial class SmartGiftClient : IDisposable
    {
        public SmartGiftClient(SmartGiftClientOptions options)
        {
            Options = options ?? throw new ArgumentNullException(nameof(options));
            throw new NotImplementedException("CONTRACT: filled in by the client work");
        }

        public SmartGiftClientOptions Options { get; }

        /// <summary>GET /vouchers, read leniently.</summary>
        public Task<ListResult<Voucher>> GetVouchersAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

        /// <summary>GET /payment-methods, read leniently.</summary>
        public Task<ListResult<PaymentMethod>> GetPaymentMethodsAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

        /// <summary>POST the sale to Options.SalePath. Throws SmartGiftException (OutcomeUnknown when it may have been processed).</summary>
        public Task<SaleResponse> SellAsync(SaleRequest sale, CancellationToken cancellationToken = default) => throw new NotImplementedException();

        /// <summary>POST /redeem.</summary>
        public Task<RedemptionResponse> RedeemAsync(RedeemRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();

        /// <summary>POST /redeem/hold.</summary>
        public Task<VoucherHold> HoldAsync(string voucherNumber, CancellationToken cancellationToken = default) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}
