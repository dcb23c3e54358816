namespace SmartGift;

/// <summary>The two published Smart Gift hosts (document 002).</summary>
// Int64 so that PowerShell's ConvertTo-Json writes the name, not a number: see RecordStatus.
public enum SmartGiftEnvironment : long
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
