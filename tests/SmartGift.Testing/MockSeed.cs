namespace SmartGift.Testing;

/// <summary>The built-in seed's names and numbers (docs/mock-server.md), so tests do not repeat magic strings.</summary>
public static class MockSeed
{
    public const string DemoKey = "sk_test_demo";
    public const string SisterKey = "sk_test_sister";
    public const string DemoCompany = "Demo Venue";
    public const string SisterCompany = "Sister Venue";
    public const string DemoSite = "1";
    public const string DemoSecondSite = "2";
    public const string SisterSite = "3";

    public const string Voucher150 = "270";
    public const string Voucher50 = "271";
    public const string SpaDay = "280";
    public const string HiddenVoucher = "290";
    public const string DisabledVoucher = "291";
    public const string SisterVoucher = "370";

    public const string PaymentCard = "11";
    public const string PaymentCash = "12";
    public const string SisterPaymentCard = "21";
    public const string DeliveryEmail = "12";
    public const string DeliveryPost = "13";

    /// <summary>Monetary, 100.00 left of 100.00.</summary>
    public const string Monetary100 = "DEMO000001";

    /// <summary>Monetary, 50.00 left of 100.00.</summary>
    public const string PartlyRedeemed = "DEMO000002";
    public const string FullyRedeemed = "DEMO000003";

    /// <summary>Validity ended yesterday.</summary>
    public const string Expired = "DEMO000004";

    /// <summary>Valid from next year.</summary>
    public const string NotYetValid = "DEMO000005";

    /// <summary>Spa Day for Two, nothing used (Spa Access 1, Lunch 2, Massage 4, Afternoon Tea 8).</summary>
    public const string ExperienceUnused = "DEMO000006";

    /// <summary>Spa Day for Two with Lunch (bit 2) used.</summary>
    public const string ExperienceLunchUsed = "DEMO000007";

    /// <summary>Sister Venue's voucher: 25.00 left.</summary>
    public const string SisterVoucherNo = "SIST000001";

    /// <summary>The first voucher number a Demo Venue sale issues.</summary>
    public const string FirstSoldDemoVoucher = "DEMO000008";

    /// <summary>Document 000's example body, made valid JSON; it sells as it is.</summary>
    public const string ExampleSaleBody = @"{
    ""cart"": {
        ""items"": [
            { ""id"": ""270"", ""price"": 150.00, ""total"": 150, ""to"": null, ""from"": null, ""message"": null }
        ],
        ""totals"": { ""total"": 150.5, ""subtotal"": 150.5 },
        ""customer"": {
            ""first_name"": ""Marty"", ""last_name"": ""Gift"", ""email"": ""marty.gift@smart-gift.co.uk"",
            ""address1"": ""Bank Chambers"", ""address2"": ""High Street"", ""postcode"": ""NP11 4EY"",
            ""town"": ""Newbridge"", ""county"": ""Newport""
        },
        ""delivery"": {
            ""price"": 0.50, ""delivery_method"": 12, ""delivery_email"": null, ""delivery_date"": null,
            ""name"": ""Email Delivery"", ""town"": null, ""county"": null, ""address1"": null, ""address2"": null,
            ""postcode"": null, ""last_name"": null, ""first_name"": null, ""description"": null
        },
        ""payments"": [ { ""amount"": 150.5, ""payment_method_id"": 11 } ]
    },
    ""order_id"": ""123""
}";
}
