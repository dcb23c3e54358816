using Microsoft.AspNetCore.Routing;
using SmartGift.MockServer.Faults;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.State;

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

        group.MapGet("/orders", context => StoredAsync(context, runtime, (state, _) =>
            state.Companies.SelectMany(c => c.Orders).OrderBy(o => o.CreatedAt).Select(StateJson.Node)));
        group.MapGet("/vouchers", context => StoredAsync(context, runtime, (state, now) =>
            state.Vouchers.Select(v => StateJson.Node(VoucherView.At(v, now)))));
        group.MapGet("/redemptions", context => StoredAsync(context, runtime, (state, _) =>
            state.Redemptions.Select(StateJson.Node)));
        group.MapGet("/requests", context => JsonAnswer.DataAsync(context, runtime.Requests.Snapshot().Select(StateJson.Node)));

        Setting(group, "/clock", () => new JsonObject { ["now"] = Iso(runtime.Clock.Now) }, body =>
        {
            if (body?["advance_seconds"] is JsonValue advance && advance.TryGetValue<double>(out var seconds))
            {
                runtime.Clock.Advance(TimeSpan.FromSeconds(seconds));
            }
            else if (body?["now"] is JsonValue nowValue && nowValue.TryGetValue<string>(out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now))
            {
                runtime.Clock.Set(now);
            }
            else
            {
                return "Send {\"advance_seconds\": n} or {\"now\": \"ISO 8601 time\"}.";
            }

            return null;
        });

        var limiter = runtime.RateLimiter;
        JsonObject Throttle() => new JsonObject { ["limit"] = limiter.Limit, ["window_seconds"] = limiter.Length.TotalSeconds };
        Setting(group, "/rate-limit", Throttle, body =>
        {
            if (body == null || !(body["limit"] is JsonValue l && l.TryGetValue<int>(out var limit) && limit >= 1))
            {
                return "Send {\"limit\": n (at least 1), \"window_seconds\": s}.";
            }

            var window = limiter.Length;
            if (body["window_seconds"] is JsonValue w)
            {
                if (!w.TryGetValue<double>(out var seconds) || seconds <= 0)
                {
                    return "window_seconds must be a positive number.";
                }

                window = TimeSpan.FromSeconds(seconds);
            }

            limiter.Configure(limit, window);
            return null;
        });

        group.MapGet("/faults", context =>
            JsonAnswer.DataAsync(context, runtime.Faults.Snapshot().Select(StateJson.Node)));
        group.MapPost("/faults", async context =>
        {
            var body = await JsonBody.ReadObjectAsync(context.Request);
            var (rule, seed, problem) = FaultRule.Read(body);
            if (rule == null)
            {
                await JsonAnswer.MessageAsync(context, 400, problem!);
                return;
            }

            runtime.Faults.Add(rule, seed);
            await JsonAnswer.WriteAsync(context, 201, new JsonObject { ["data"] = StateJson.Node(rule) });
        });
        group.MapDelete("/faults", context =>
        {
            runtime.Faults.Clear();
            return JsonAnswer.MessageAsync(context, 200, "Faults cleared.");
        });
    }

    /// <summary>A view of the stored state, read under the state lock.</summary>
    private static Task StoredAsync(HttpContext context, MockRuntime runtime, Func<SimulatorState, DateTimeOffset, IEnumerable<JsonNode>> view)
    {
        var state = runtime.State;
        var now = runtime.Clock.Now;
        JsonNode[] items;
        lock (state.Sync)
        {
            items = view(state, now).ToArray();
        }

        return JsonAnswer.DataAsync(context, items);
    }

    /// <summary>GET shows a setting; POST changes it and shows it, or answers 400 with the body's problem.</summary>
    private static void Setting(RouteGroupBuilder group, string path, Func<JsonObject> show, Func<JsonObject?, string?> change)
    {
        group.MapGet(path, context => JsonAnswer.WriteAsync(context, 200, show()));
        group.MapPost(path, async context =>
        {
            var problem = change(await JsonBody.ReadObjectAsync(context.Request));
            await (problem == null
                ? JsonAnswer.WriteAsync(context, 200, show())
                : JsonAnswer.MessageAsync(context, 400, problem));
        });
    }

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
