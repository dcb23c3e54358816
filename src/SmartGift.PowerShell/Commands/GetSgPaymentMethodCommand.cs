using System;
using System.Management.Automation;

namespace SmartGift.Commands
{
    /// <summary>Lists payment methods from the session's cache (-Force reloads it).</summary>
    [Cmdlet(VerbsCommon.Get, "SgPaymentMethod", HelpUri = HelpLinks.Pages + "Get-SgPaymentMethod.md", DefaultParameterSetName = NameSet)]
    [OutputType(typeof(PaymentMethod))]
    public sealed class GetSgPaymentMethodCommand : SmartGiftCommand
    {
        private const string NameSet = "Name";
        private const string IdSet = "Id";

        [Parameter(Position = 0, ParameterSetName = NameSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PaymentMethodCompleter))]
        public string[]? Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PaymentMethodId", "payment_method_id")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(PaymentMethodCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Reload the payment methods from Smart Gift instead of using the cache.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        private bool _refreshed;

        protected override void ProcessRecord()
        {
            var session = ResolveSession();
            WatchRateLimit(session);
            System.Collections.Generic.IReadOnlyList<PaymentMethod> methods;
            try
            {
                methods = Await(session.GetPaymentMethodsAsync(Force && !_refreshed, Cancellation));
                _refreshed = true;
            }
            catch (SmartGiftException e)
            {
                WriteFailure(e.Error, session.Name, "Could not read the payment methods");
                return;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var selected = NameAndIdFilter.Select(methods, Name, Id, m => m.Name, m => m.Id, (value, what) =>
            {
                var message = "No payment method with " + what + " '" + value + "' in session '" + session.Name + "' (use -Force to reload).";
                WriteError(new ErrorRecord(new ItemNotFoundException(message), "PaymentMethodNotFound", ErrorCategory.ObjectNotFound, value)
                {
                    ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Check the " + what + " against Get-SgPaymentMethod; if the method was added in Smart Gift since the session read the list, run again with -Force." },
                });
            });
            WriteObject(selected, enumerateCollection: true);
        }
    }
}
