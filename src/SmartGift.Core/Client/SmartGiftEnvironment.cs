namespace SmartGift
{
    /// <summary>The two published Smart Gift hosts (document 002).</summary>
    public enum SmartGiftEnvironment
    {
        Production,
        Development,
    }

    public static class SmartGiftEnvironmentExtensions
    {
        public static Uri BaseUri(this SmartGiftEnvironment environment) => environment switch
        {
            SmartGiftEnvironment.Production => new Uri("https://api.smart-gift.co.uk/"),
            SmartGiftEnvironment.Development => new Uri("https://api.devsmartgift.co.uk/"),
            _ => throw new ArgumentOutOfRangeException(nameof(environment)),
        };
    }
}
