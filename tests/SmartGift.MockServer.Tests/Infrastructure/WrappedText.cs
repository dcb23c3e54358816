using System.Text.RegularExpressions;

namespace SmartGift.MockServer.Tests.Infrastructure;

/// <summary>Expected answers wrapped over several lines in a test: the line breaks and the indentation after them are not part of the text.</summary>
public static class WrappedText
{
    public static string Flat(string text) => Regex.Replace(text, @"\n\s*", "");
}
