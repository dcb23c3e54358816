namespace SmartGift
{
    public enum VoucherType
    {
        Unknown = 0,
        Monetary,
        Experience,
    }
}
