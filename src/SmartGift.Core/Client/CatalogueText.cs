namespace SmartGift;

/// <summary>
/// The catalogue's texts as a host may show them (DESIGN 19): names, descriptions and statuses
/// from the server with control characters made visible, so a voucher called
/// "Gift\e]52;c;...\a" cannot write the operator's clipboard from Format-Table or a CLI table.
/// Ids are left as sent (they go back to the server); a list's problems are made visible too.
/// </summary>
internal static class CatalogueText
{
    public static ListResult<Voucher> Visible(ListResult<Voucher> list)
    {
        foreach (var voucher in list.Items)
        {
            voucher.Name = VisibleText.Of(voucher.Name);
            voucher.Description = voucher.Description == null ? null : VisibleText.Of(voucher.Description);
            voucher.StatusText = voucher.StatusText == null ? null : VisibleText.Of(voucher.StatusText);
            voucher.ImageUrl = voucher.ImageUrl == null ? null : VisibleText.Of(voucher.ImageUrl);
            foreach (var experience in voucher.Experiences) experience.Name = VisibleText.Of(experience.Name);
        }
        return new ListResult<Voucher>(list.Items, list.Problems.Select(VisibleText.Of).ToList());
    }

    public static ListResult<PaymentMethod> Visible(ListResult<PaymentMethod> list)
    {
        foreach (var method in list.Items) method.Name = VisibleText.Of(method.Name);
        return new ListResult<PaymentMethod>(list.Items, list.Problems.Select(VisibleText.Of).ToList());
    }
}
