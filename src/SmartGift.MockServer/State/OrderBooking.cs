using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.State;

/// <summary>Books a validated sale: a unique order id for the company and one new voucher per item.</summary>
internal static class OrderBooking
{
    /// <remarks>Call under the state lock.</remarks>
    public static Order Book(SimulatorState state, CompanyState company, SaleInput sale, JsonNode? cart, string path, DateTimeOffset now)
    {
        // 000: a future date is kept; none, the current date, a past or an invalid date mean "deliver now".
        var today = now.UtcDateTime.Date;
        var (deliveryDate, status) = sale.DeliveryDate == null ? (null, "none")
            : !DateTimeOffset.TryParse(
                sale.DeliveryDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? (null, "invalid")
            : date.UtcDateTime.Date > today ? (date.ToUniversalTime(), "future")
            : ((DateTimeOffset?)null, date.UtcDateTime.Date == today ? "current" : "past");
        var order = new Order(company.ClaimOrderId(sale.OrderId), sale.OrderId, company.Name, path, now,
            deliveryDate, status, sale.Total, [], cart?.DeepClone());

        foreach (var item in sale.Items)
        {
            var isExperience = string.Equals(item.Catalogue.Type, "experience", StringComparison.OrdinalIgnoreCase);
            var voucher = new IssuedVoucher(company.IssueVoucherNumber(), company, isExperience)
            {
                CatalogueId = item.Catalogue.Id,
                OrderId = order.OrderId,
                IssuedAt = now,
                ValidFrom = now,
                Value = item.Price,
                Balance = isExperience ? 0m : item.Price,
                Experiences = isExperience ? item.Catalogue.Experiences.ToList() : [],
            };
            state.Add(voucher);
            order.VoucherNumbers.Add(voucher.VoucherNo);
        }

        company.Orders.Add(order);
        return order;
    }
}
