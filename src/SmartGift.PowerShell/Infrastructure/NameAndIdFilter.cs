namespace SmartGift.Commands;

/// <summary>
/// Selects catalogue entries by -Name (wildcards) or -Id (exact) and reports each plain
/// name or id that matched nothing, as Get-Item and friends do.
/// </summary>
internal static class NameAndIdFilter
{
    public static IReadOnlyList<T> Select<T>(IReadOnlyList<T> items, string[]? names, string[]? ids, Func<T, string> nameOf, Func<T, string> idOf, Action<string, string> notFound)
    {
        IEnumerable<T> selected = items;
        if (names != null)
        {
            var patterns = names.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
            selected = selected.Where(i => patterns.Any(p => p.IsMatch(nameOf(i))));
            foreach (var name in names.Where(n => !WildcardPattern.ContainsWildcardCharacters(n)))
            {
                if (!items.Any(i => string.Equals(nameOf(i), name, StringComparison.OrdinalIgnoreCase))) notFound(name, "name");
            }
        }
        if (ids != null)
        {
            selected = selected.Where(i => ids.Contains(idOf(i), StringComparer.OrdinalIgnoreCase));
            foreach (var id in ids)
            {
                if (!items.Any(i => string.Equals(idOf(i), id, StringComparison.OrdinalIgnoreCase))) notFound(id, "id");
            }
        }
        return selected.ToList();
    }
}
