using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace SmartGift.MockServer.Tests.Infrastructure;

/// <summary>Real HTTP calls to the mock server's API, answers read in full.</summary>
public static class ApiCalls
{
    public static async Task<ApiAnswer> GetAnswerAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return new ApiAnswer(response, await response.Content.ReadAsStringAsync());
    }

    public static async Task<ApiAnswer> PostTextAsync(this HttpClient client, string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(path, content);
        return new ApiAnswer(response, await response.Content.ReadAsStringAsync());
    }

    public static Task<ApiAnswer> PostJsonAsync(this HttpClient client, string path, JsonNode body) =>
        client.PostTextAsync(path, body.ToJsonString());

    public static Task<ApiAnswer> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostTextAsync(path, JsonSerializer.Serialize(body));

    public static Task<ApiAnswer> RedeemAsync(this HttpClient client, string voucherNo, string siteId, decimal value, string? holdToken = null) =>
        holdToken == null
            ? client.PostJsonAsync("redeem", new { voucher_no = voucherNo, site_id = siteId, value })
            : client.PostJsonAsync("redeem", new { voucher_no = voucherNo, site_id = siteId, value, hold_token = holdToken });

    public static Task<ApiAnswer> HoldAsync(this HttpClient client, string voucherNo) =>
        client.PostJsonAsync("redeem/hold", new { voucher_no = voucherNo });

    public static Task<ApiAnswer> SellAsync(this HttpClient client, JsonNode body, string path = "pos-sale") =>
        client.PostJsonAsync(path, body);
}
