using System.Text.Json;

namespace SmartGift.Json
{
    /// <summary>Reads GET /payment-methods leniently, as VoucherListReader does the catalogue.</summary>
    internal static class PaymentMethodListReader
    {
        public static ListResult<PaymentMethod> Read(byte[] body, string? mediaType)
        {
            using var document = ResponseBody.Parse(body, mediaType);
            var entries = ListEnvelope.Entries(document.RootElement, "payment method list");
            var methods = new List<PaymentMethod>();
            var problems = new List<string>();
            var index = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                var where = "payment method entry " + index++;
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(where + ": not an object (" + ListEnvelope.Describe(entry) + ")");
                    continue;
                }

                var method = new PaymentMethod();
                var extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                string? failure = null;
                foreach (var property in entry.EnumerateObject())
                {
                    switch (property.Name)
                    {
                        case "id":
                            var id = IdJson.Read(property.Value);
                            if (id == null) failure ??= "id " + ListEnvelope.Show(property.Value) + " is not an id";
                            else method.Id = id;
                            break;
                        case "name":
                            method.Name = VoucherListReader.TextOf(property.Value) ?? "";
                            break;
                        default:
                            extra[property.Name] = property.Value.Clone();
                            break;
                    }
                }
                if (failure == null && method.Id.Length == 0) failure = "it has no id";
                if (failure != null)
                {
                    problems.Add(where + ": " + failure + "; left out");
                    continue;
                }
                method.AdditionalFields = extra;
                methods.Add(method);
            }
            return new ListResult<PaymentMethod>(methods, problems);
        }
    }
}
