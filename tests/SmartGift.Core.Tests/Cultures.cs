using System;
using System.Globalization;

namespace SmartGift.Core.Tests;

internal static class Cultures
{
    /// <summary>Runs the action under another culture (one whose decimal separator is a comma, say).</summary>
    public static void Under(string name, Action action)
    {
        var before = CultureInfo.CurrentCulture;
        var beforeUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = new CultureInfo(name);
        CultureInfo.CurrentUICulture = new CultureInfo(name);
        try { action(); }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
