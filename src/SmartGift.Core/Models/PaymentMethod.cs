using System.Collections.Generic;
using System.Text.Json;

namespace SmartGift
{
    /// <summary>A payment method from GET /payment-methods.</summary>
    public sealed class PaymentMethod
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; set; } = new Dictionary<string, JsonElement>();

        public override string ToString() => Id + " " + Name;
    }
}
