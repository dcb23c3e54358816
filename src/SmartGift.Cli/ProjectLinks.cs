namespace SmartGift.Cli
{
    /// <summary>Where an installed tool's users read more: an address, since the tool carries no docs folder.</summary>
    public static class ProjectLinks
    {
        public const string CliGuide = "https://github.com/smartgift/smartgift/blob/main/docs/cli.md";
    }
}
