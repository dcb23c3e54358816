using Microsoft.Extensions.DependencyInjection;

namespace SmartGift.MockServer.Routes;

/// <summary>The routes' way to the running simulator.</summary>
internal static class RuntimeAccess
{
    public static MockRuntime GetRuntime(this IServiceProvider services) => services.GetRequiredService<MockRuntime>();
}
