using System.Text.Json;

namespace SmartGift.Json
{
    /// <summary>
    /// Reads GET /vouchers leniently (DESIGN 2): ids and prices as numbers or strings, "image" or
    /// "image_url", status and type in any case, unknown fields kept. An entry that cannot be read
    /// is left out with one line in Problems naming its index and why; the rest of the list stands.
    /// </summary>
    internal static class VoucherListReader
    {
        public static ListResult<Voucher> Read(byte[] body, string? mediaType)
        {
            using var document = ResponseBody.Parse(body, mediaType);
            var entries = ListEnvelope.Entries(document.RootElement, "voucher list");
            var vouchers = new List<Voucher>();
            var problems = new List<string>();
            var index = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                var voucher = ReadOne(entry, index, problems);
                if (voucher != null) vouchers.Add(voucher);
                index++;
            }
            return new ListResult<Voucher>(vouchers, problems);
        }

        private static Voucher? ReadOne(JsonElement entry, int index, List<string> problems)
        {
            var where = "voucher entry " + index;
            if (entry.ValueKind != JsonValueKind.Object)
            {
                problems.Add(where + ": not an object (" + ListEnvelope.Describe(entry) + ")");
                return null;
            }

            var voucher = new Voucher();
            var extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            string? failure = null;
            JsonElement? experiences = null;

            foreach (var property in entry.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name)
                {
                    case "id":
                        var id = IdJson.Read(value);
                        if (id == null) failure ??= "id " + ListEnvelope.Show(value) + " is not an id";
                        else voucher.Id = id;
                        break;
                    case "name":
                        voucher.Name = TextOf(value) ?? "";
                        break;
                    case "description":
                        voucher.Description = TextOf(value);
                        break;
                    case "image":
                    case "image_url":
                        voucher.ImageUrl = TextOf(value) ?? voucher.ImageUrl;
                        break;
                    case "status":
                        voucher.StatusText = TextOf(value);
                        voucher.Status = StatusOf(voucher.StatusText);
                        break;
                    case "type":
                        voucher.Type = TypeOf(TextOf(value));
                        break;
                    case "price":
                        if (value.ValueKind == JsonValueKind.Null) voucher.Price = null;
                        else if (MoneyJson.TryRead(value, out var price)) voucher.Price = price;
                        else failure ??= "price " + ListEnvelope.Show(value) + " is not a number";
                        break;
                    case "experiences":
                        experiences = value;
                        break;
                    default:
                        extra[property.Name] = value.Clone();
                        break;
                }
            }

            if (failure == null && voucher.Id.Length == 0) failure = "it has no id";
            if (failure != null)
            {
                problems.Add(where + (voucher.Id.Length == 0 ? "" : " (id " + voucher.Id + ")") + ": " + failure + "; left out");
                return null;
            }

            voucher.AdditionalFields = extra;
            if (experiences is JsonElement list) voucher.Experiences = ExperienceListReader.Read(list, voucher.Id, where + " (id " + voucher.Id + ")", problems);
            return voucher;
        }

        internal static string? TextOf(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };

        private static VoucherStatus StatusOf(string? text)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "active": return VoucherStatus.Active;
                case "hidden": return VoucherStatus.Hidden;
                case "disabled": return VoucherStatus.Disabled;
                default: return VoucherStatus.Other;
            }
        }

        private static VoucherType TypeOf(string? text)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "monetary": return VoucherType.Monetary;
                case "experience": return VoucherType.Experience;
                default: return VoucherType.Unknown;
            }
        }
    }
}
