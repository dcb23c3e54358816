using System.Net.Http;
using System.Net.Http.Headers;

namespace SmartGift.Bench;

/// <summary>The naive and bare loops' way to sell: a ready JSON body posted with a plain HttpClient, as a script would.</summary>
internal static class BareHttp
{
    public static HttpClient Client(Uri baseAddress)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("Smart-Auth", MockSeed.DemoKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }

    /// <summary>Posts one sale body and reads the answer; null when it was sold, else the status and answer.</summary>
    public static async Task<string?> PostSaleAsync(HttpClient http, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("pos-sale", content).ConfigureAwait(false);
        var answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return response.IsSuccessStatusCode ? null : (int)response.StatusCode + " " + System.Text.Encoding.UTF8.GetString(answer);
    }
}
