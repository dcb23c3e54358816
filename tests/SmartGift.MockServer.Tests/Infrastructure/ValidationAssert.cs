using System.Net;
using Xunit;

namespace SmartGift.MockServer.Tests.Infrastructure;

/// <summary>Checks of Laravel 422 answers.</summary>
public static class ValidationAssert
{
    /// <summary>A 422 whose only error is this message on this field (the whole body as documented).</summary>
    public static void Single(ApiAnswer answer, string field, string message)
    {
        Assert.True(answer.Status == HttpStatusCode.UnprocessableEntity, answer.ToString());
        Assert.Equal(message, answer.Message);
        Assert.Equal(new[] { field }, answer.ErrorFields());
        Assert.Equal(new[] { message }, answer.Errors(field));
    }

    /// <summary>A 422 that reports this message for this field, among possibly others.</summary>
    public static void Has(ApiAnswer answer, string field, string message)
    {
        Assert.True(answer.Status == HttpStatusCode.UnprocessableEntity, answer.ToString());
        Assert.Contains(field, answer.ErrorFields());
        Assert.Contains(message, answer.Errors(field));
    }
}
