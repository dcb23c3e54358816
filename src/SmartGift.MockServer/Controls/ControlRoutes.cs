using Microsoft.AspNetCore.Routing;
using SmartGift.MockServer.Faults;
using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.Controls;

/// <summary>The /_mock/ controls: inspect stored state, move the clock, set the throttle, inject faults, reset.</summary>
internal static class ControlRoutes
{
    public static void Map(RouteGroupBuilder group, MockRuntime runtime)
    {
        group.MapPost("/reset", context =>
        {
            runtime.Reset();
            return JsonAnswer.WriteAsync(context, 200, new JsonObject { ["message"] = "Reset to the seed.", ["now"] = Iso(runtime.Clock.Now) });
        });

        group.MapGet("/orders", context =>
        {
            var state = runtime.State;
            JsonArray data;
            lock (state.Sync)
            {
                data = new JsonArray(state.Companies.SelectMany(c => c.Orders).OrderBy(o => o.CreatedAt)
                    .Select(o => (JsonNode)StateViews.Order(o)).ToArray());
            }

            return Data(context, data);
        });

        group.MapGet("/vouchers", context =>
        {
            var state = runtime.State;
            var now = runtime.Clock.Now;
            JsonArray data;
            lock (state.Sync)
            {
                data = new JsonArray(state.Vouchers.Select(v => (JsonNode)StateViews.Voucher(v, now)).ToArray());
            }

            return Data(context, data);
        });

        group.MapGet("/redemptions", context =>
        {
            var state = runtime.State;
            JsonArray data;
            lock (state.Sync)
            {
                data = new JsonArray(state.Redemptions.Select(r => (JsonNode)StateViews.Redemption(r)).ToArray());
            }

            return Data(context, data);
        });

        group.MapGet("/requests", context =>
            Data(context, new JsonArray(runtime.Requests.Snapshot().Select(e => (JsonNode)StateViews.Request(e)).ToArray())));

        group.MapGet("/clock", context => Now(context, runtime));
        group.MapPost("/clock", async context =>
        {
            var body = await JsonBody.ReadObjectAsync(context.Request);
            if (body != null && body["advance_seconds"] is JsonValue advance && advance.TryGetValue<double>(out var seconds))
            {
                runtime.Clock.Advance(TimeSpan.FromSeconds(seconds));
            }
            else if (body != null && body["now"] is JsonValue nowValue && nowValue.TryGetValue<string>(out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now))
            {
                runtime.Clock.Set(now);
            }
            else
            {
                await JsonAnswer.MessageAsync(context, 400, "Send {\"advance_seconds\": n} or {\"now\": \"ISO 8601 time\"}.");
                return;
            }

            await Now(context, runtime);
        });

        group.MapGet("/rate-limit", context => RateLimit(context, runtime));
        group.MapPost("/rate-limit", async context =>
        {
            var body = await JsonBody.ReadObjectAsync(context.Request);
            if (body == null || !(body["limit"] is JsonValue l && l.TryGetValue<int>(out var limit) && limit >= 1))
            {
                await JsonAnswer.MessageAsync(context, 400, "Send {\"limit\": n (at least 1), \"window_seconds\": s}.");
                return;
            }

            var window = runtime.RateLimiter.Length;
            if (body["window_seconds"] is JsonValue w)
            {
                if (!w.TryGetValue<double>(out var seconds) || seconds <= 0)
                {
                    await JsonAnswer.MessageAsync(context, 400, "window_seconds must be a positive number.");
                    return;
                }

                window = TimeSpan.FromSeconds(seconds);
            }

            runtime.RateLimiter.Configure(limit, window);
            await RateLimit(context, runtime);
        });

        group.MapGet("/faults", context =>
            Data(context, new JsonArray(runtime.Faults.Snapshot().Select(f => (JsonNode)StateViews.Fault(f)).ToArray())));
        group.MapPost("/faults", async context =>
        {
            var body = await JsonBody.ReadObjectAsync(context.Request);
            var (rule, seed, problem) = FaultRequest.Read(body);
            if (rule == null)
            {
                await JsonAnswer.MessageAsync(context, 400, problem!);
                return;
            }

            runtime.Faults.Add(rule, seed);
            await JsonAnswer.WriteAsync(context, 201, new JsonObject { ["data"] = StateViews.Fault(rule) });
        });
        group.MapDelete("/faults", context =>
        {
            runtime.Faults.Clear();
            return JsonAnswer.MessageAsync(context, 200, "Faults cleared.");
        });
    }

    private static Task Data(HttpContext context, JsonArray data) =>
        JsonAnswer.WriteAsync(context, 200, new JsonObject { ["data"] = data });

    private static Task Now(HttpContext context, MockRuntime runtime) =>
        JsonAnswer.WriteAsync(context, 200, new JsonObject { ["now"] = Iso(runtime.Clock.Now) });

    private static Task RateLimit(HttpContext context, MockRuntime runtime) =>
        JsonAnswer.WriteAsync(context, 200, new JsonObject
        {
            ["limit"] = runtime.RateLimiter.Limit,
            ["window_seconds"] = runtime.RateLimiter.Length.TotalSeconds,
        });

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
