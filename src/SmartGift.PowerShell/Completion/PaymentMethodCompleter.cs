using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace SmartGift.Commands
{
    /// <summary>Completes payment method ids, or names for a -Name parameter, from the session's cache only.</summary>
    public sealed class PaymentMethodCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var methods = CompletionText.SessionFor(fakeBoundParameters)?.CachedPaymentMethods;
            if (methods == null) return Enumerable.Empty<CompletionResult>();
            var byName = parameterName.EndsWith("Name", System.StringComparison.OrdinalIgnoreCase);
            return CompletionText.Complete(wordToComplete, methods.Select(m => byName ? (m.Name, m.Id + ": " + m.Name) : (m.Id, m.Id + ": " + m.Name)));
        }
    }
}
