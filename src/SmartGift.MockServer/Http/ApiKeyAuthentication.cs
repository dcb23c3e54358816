using SmartGift.MockServer.State;

namespace SmartGift.MockServer.Http;

/// <summary>The Smart-Auth header names the company; an unknown or missing key gets Laravel's 401.</summary>
internal sealed class ApiKeyAuthentication(RequestDelegate next, MockRuntime runtime)
{
    public const string Header = "Smart-Auth";
    private const string CompanyItem = "SmartGift.Mock.Company";

    public static CompanyState Company(HttpContext context) => (CompanyState)context.Items[CompanyItem]!;

    public async Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers[Header].ToString().Trim();
        var company = key.Length == 0 ? null : runtime.State.FindCompanyByKey(key);
        if (company == null)
        {
            await JsonAnswer.MessageAsync(context, StatusCodes.Status401Unauthorized, "Unauthenticated.");
            return;
        }

        context.Items[CompanyItem] = company;
        await next(context);
    }
}
