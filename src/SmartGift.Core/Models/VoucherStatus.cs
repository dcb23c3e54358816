namespace SmartGift
{
    /// <summary>Catalogue status. A value the client does not know is Other, its text kept in Voucher.StatusText.</summary>
    public enum VoucherStatus
    {
        Other = 0,
        Active,
        Hidden,
        Disabled,
    }
}
