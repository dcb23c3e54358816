namespace SmartGift;

/// <summary>
/// Reads the success answers of the three writes. Each accepts its fields at the top level or
/// under "data"; an answer without the one field that matters is unreadable (for a write that
/// means the outcome is unknown, which the pipeline reports).
/// </summary>
internal static class WriteAnswerReader
{
    /// <summary>{"data":{"order_id":"oWg9LWe6G"}} (document 000).</summary>
    public static SaleResponse ReadSale(byte[] body, string? mediaType)
    {
        using var document = ResponseBody.Parse(body, mediaType);
        var orderId = Find(document.RootElement, "order_id") is JsonElement id ? IdConverter.Text(id) : null;
        if (orderId == null) throw new UnreadableBodyException("the sale answer held no order_id");
        return new SaleResponse(orderId);
    }

    /// <summary>{"data":{"message":"The voucher has been redeemed.","redemptions":[21,22]}} (document 003).</summary>
    public static RedemptionResponse ReadRedemption(byte[] body, string? mediaType)
    {
        using var document = ResponseBody.Parse(body, mediaType);
        var root = document.RootElement;
        var message = Find(root, "message") is JsonElement m ? TextOf(m) : null;
        var ids = Find(root, "redemptions") is JsonElement list && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(IdConverter.Text).OfType<string>().ToList()
            : [];
        if (message == null && ids.Count == 0) throw new UnreadableBodyException("the redeem answer held neither a message nor redemptions");
        return new RedemptionResponse(message ?? "", ids);
    }

    /// <summary>{"message":"Voucher hold successful","hold_token":"hold_token_..."} (document 004).</summary>
    public static (string Message, string Token) ReadHold(byte[] body, string? mediaType)
    {
        using var document = ResponseBody.Parse(body, mediaType);
        var root = document.RootElement;
        var token = Find(root, "hold_token") is JsonElement t ? TextOf(t) : null;
        if (string.IsNullOrWhiteSpace(token)) throw new UnreadableBodyException("the hold answer held no hold_token");
        var message = Find(root, "message") is JsonElement m ? TextOf(m) : null;
        return (message ?? "", token!);
    }

    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static JsonElement? Find(JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var nested)) return nested;
        if (root.TryGetProperty(name, out var top)) return top;
        return null;
    }
}
